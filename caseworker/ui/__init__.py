"""The Qt layer: windows, dialogs and item models over the services. The only home of PySide6."""
