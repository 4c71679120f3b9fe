#pragma once

namespace lab {
// Registers every scenario and every worker entry point, and starts the process-wide spawner
// thread of child processes. Call once at start-up (safe to call again).
void registerAll();
// Registers only the worker entry points: what a `pplab worker` child needs, nothing more.
void registerWorkers();
void registerBuiltinWorkers();
} // namespace lab
