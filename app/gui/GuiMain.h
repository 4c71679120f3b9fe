#pragma once
namespace gui {
// Opens the window (or explains how to run headless when there is no display).
int main(int argc, char** argv);
}
