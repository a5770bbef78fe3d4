/** The ribbon's function file: the button opens the pane (ShowTaskpane), so there is nothing to run here. */
void Office.onReady();
