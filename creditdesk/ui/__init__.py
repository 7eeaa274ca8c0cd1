"""The Qt desktop interface: main window, pages, dialogs and item models over the services."""
