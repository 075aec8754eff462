#pragma once
// PLACEHOLDER (branch gui): the API the core engineer (branch scale) implements; take
// theirs at merge. Only the declarations are the contract; the implementation here is a
// stand-in so the GUI's F5 / Watch sources code compiles and can be tested.
#include <memory>

namespace gatehouse {

struct LoadOptions;

class LoadCache
{
public:
    LoadCache();
    ~LoadCache();
    void clear();
    int fileCount() const;
    bool sourcesChanged(const LoadOptions &options) const; /* stat-only, any thread */

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace gatehouse
