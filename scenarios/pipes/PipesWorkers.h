#pragma once
// The worker processes of the `pipes` scenario and the parent's side of their channels.
//
// Descriptor convention in a worker: fd 3 = data from the parent (pipe read end, the socket,
// or the memfd of the parent->child ring), fd 4 = data to the parent (pipe write end or the
// memfd of the child->parent ring), fd 5 = a text report pipe (one line per fact).
#include "Channel.h"
#include "lab/ChildProcess.h"

#include <memory>
#include <vector>

namespace pipes {

void registerPipesWorkers();

// The parent's end of a channel to one worker, and what the worker must receive.
struct ParentChannel {
    ChannelKind kind = ChannelKind::Pipe;
    std::unique_ptr<Stream> stream;             // parent's end
    std::vector<lab::ChildProcess::FdMap> fds;  // for spawnChild
    std::vector<int> childEnds;                 // parent's copies of the worker's ends
    int pipeFd = -1;                            // the forward pipe (for F_GETPIPE_SZ)
    qint64 capacity = 0;                        // pipe size, socket buffer or ring size
    ParentChannel() = default;
    ParentChannel(ParentChannel&&) = default;
    ~ParentChannel() { closeChildEnds(); }
    // Must be called right after the spawn: otherwise the parent still holds the worker's
    // ends and never sees EOF or EPIPE when the worker dies.
    void closeChildEnds();
};

// forward: parent -> child data; backward: child -> parent data. pipeSize > 0 sets the pipes'
// capacity (F_SETPIPE_SZ) and the ring's size; 0 keeps the defaults (ring: 64 KiB).
bool makeChannel(ChannelKind kind, bool forward, bool backward, qint64 pipeSize, ParentChannel* out,
                 QString* error);

// A report pipe: returns the parent's read end and adds {write end -> 5} to fds.
int makeReportPipe(std::vector<lab::ChildProcess::FdMap>* fds, std::vector<int>* childEnds, QString* error);

} // namespace pipes
