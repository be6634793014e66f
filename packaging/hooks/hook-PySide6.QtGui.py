# QtGui's standard PyInstaller hook, minus the GTK3 platform theme plugin: it drags half of GTK's
# stack (cairo, pango, gdk-pixbuf) into the bundle, where it can clash with the desktop's own GTK.
# Qt falls back to its own theme and the XDG portal for file dialogs.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if "libqgtk3" not in source]
