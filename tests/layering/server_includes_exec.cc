// Layering probe (tests/layering/check.sh): compiled with exactly the include
// roots of the server's own sources, it must fail, because the executor is
// below the engine's front door.
#include "exec/exec.h"
