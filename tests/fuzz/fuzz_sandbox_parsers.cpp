// Fuzz target: the parsers of agent answers (agent state, /files/browse, /files/read).
#include "sandbox/AgentState.h"
#include "sandbox/FilesReadChunk.h"
#include "sandbox/SandboxFileEntry.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto chunk = FilesReadChunk::parse(bytes, &error);
    if (!chunk && error.isEmpty())
        std::abort();
    if (chunk && chunk->offset < 0)
        std::abort();
    if (chunk && chunk->data.size() > bytes.size()) // escapes never grow the text
        std::abort();
    error.clear();
    const auto entries = SandboxFileEntry::parseList(bytes, &error);
    if (!entries && error.isEmpty())
        std::abort();
    if (entries)
        for (const SandboxFileEntry& e : *entries)
            if (e.path.isEmpty())
                std::abort();
    error.clear();
    const auto state = AgentState::parse(bytes, &error);
    if (!state && error.isEmpty())
        std::abort();
    if (state) {
        state->agentUrl();
        // Lookups run on whatever the fuzzer builds; their answers are checked by the locator's
        // unit and conformance tests (fuzzed states with repeated or odd executors have no single
        // right answer, so only "no crash, no sanitizer report" is asserted here).
        for (const AgentState::Executor& e : state->executors)
            state->sandboxDirectory(e.frameworkId, e.id, QString());
    }
    return 0;
}
