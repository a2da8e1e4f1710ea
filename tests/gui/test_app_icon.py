"""The window and the taskbar show argmap's icon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from argmap.gui.app import app_icon, make_application


def test_the_application_has_argmaps_icon(gui_env):
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        make_application()
    finally:  # the test settings stay the test's
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # The icon's claim-blue background, not an empty or generic picture.
    centre_left = image.pixelColor(6, 32)
    assert (centre_left.red(), centre_left.green(), centre_left.blue()) == (0x0B, 0x4F, 0x8A)
    assert QGuiApplication.desktopFileName() == "argmap"
    assert not app_icon().isNull()
