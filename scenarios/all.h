#pragma once

namespace lab {
// Registers every scenario and every worker entry point. Call once at start-up.
void registerAll();
void registerBuiltinWorkers();
} // namespace lab
