"""The Reports page, the charts, and the printed/PDF documents of reports and the dashboard."""
