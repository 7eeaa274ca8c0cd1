"""The program around the pages: starting it, the main window with its menus, and the window-wide
dialogs (设置, 登录, 用户管理)."""
