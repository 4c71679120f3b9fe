// pplab: the window, or the command line when the first argument is a command.
#include "Cli.h"
#include "gui/GuiMain.h"
#include "all.h"

#include <csignal>
#include <cstring>

int main(int argc, char** argv)
{
    // A write to a pipe or FIFO whose reader is gone fails with EPIPE, which scenarios report,
    // instead of killing pplab. Children get the default action back (POSIX_SPAWN_SETSIGDEF).
    std::signal(SIGPIPE, SIG_IGN);
    // A child process (`pplab worker NAME ...`) needs its entry point and nothing else: no
    // scenario list, no spawner thread.
    if (argc >= 2 && std::strcmp(argv[1], "worker") == 0) {
        lab::registerWorkers();
        return cli::workerMain(argc, argv);
    }
    lab::registerAll();
    if (cli::isCliInvocation(argc, argv))
        return cli::main(argc, argv);
    return gui::main(argc, argv);
}
