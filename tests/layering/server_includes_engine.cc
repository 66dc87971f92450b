// Layering probe (tests/layering/check.sh): the positive control; the
// server's sources may include the engine's front door.
#include "engine/engine.h"

int ServerSeesTheFrontDoor() { return hf2hlo::EngineNames().empty() ? 1 : 0; }
