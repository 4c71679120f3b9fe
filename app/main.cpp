// pplab: the window, or the command line when the first argument is a command.
#include "Cli.h"
#include "gui/GuiMain.h"
#include "all.h"

int main(int argc, char** argv)
{
    lab::registerAll();
    if (cli::isCliInvocation(argc, argv))
        return cli::main(argc, argv);
    return gui::main(argc, argv);
}
