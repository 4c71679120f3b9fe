#pragma once
// The command line: `pplab list | describe | run | compare | fifo | exercises | exercise |
// lessons | lesson | worker`. The bare `pplab` opens the window. Exit codes: 0 ok, 1 the run
// failed, 2 usage error, 3 an exercise's prediction is not within its tolerance.

namespace cli {

enum Exit { Ok = 0, RunFailed = 1, Usage = 2, NotWithinTolerance = 3 };

// True if argv asks for a command-line action rather than the window.
bool isCliInvocation(int argc, char** argv);
// Runs it and returns the exit code.
int main(int argc, char** argv);
// `pplab worker NAME ARGS...`: the entry of a child process (see lab::ChildProcess).
int workerMain(int argc, char** argv);

} // namespace cli
