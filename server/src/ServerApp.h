#pragma once

#include "ServerOptions.h"

// Runs theke-server: prepares the database (migrations, stores, demo data, enrollment codes), then serves
// the Store API until SIGINT or SIGTERM and returns the exit code.
class ServerApp {
public:
    explicit ServerApp(ServerOptions options);

    // Must run before any other thread starts, so every thread inherits the mask and only the signal
    // thread receives SIGINT/SIGTERM.
    static void blockStopSignals();

    int run();

private:
    ServerOptions m_options;
};
