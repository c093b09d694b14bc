#pragma once

#include <QtGlobal>
#include <vector>

namespace recertify {

/**
 * A set of 64-bit hashes (event ids), never 0, in one flat table kept at most half full: 16 to 32
 * bytes a key where a std::unordered_set takes about 40 and a heap block per key. Millions of events are read in one
 * import, and each id is kept to recognise a second delivery.
 */
class KeySet
{
public:
    /** Adds key (never 0); false when it was there already. */
    bool insert(quint64 key)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        if (place(m_slots, key)) {
            ++m_size;
            return true;
        }
        return false;
    }
    bool contains(quint64 key) const
    {
        if (m_slots.empty())
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == key)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }
    /** Removes key; false when it was not there. Later keys of its run move back, so lookups stay short. */
    bool erase(quint64 key)
    {
        if (m_slots.empty())
            return false;
        const size_t mask = m_slots.size() - 1;
        size_t hole = size_t(key) & mask;
        while (m_slots[hole] != key) {
            if (m_slots[hole] == 0)
                return false;
            hole = (hole + 1) & mask;
        }
        for (size_t next = (hole + 1) & mask; m_slots[next] != 0; next = (next + 1) & mask) {
            // A key whose home lies cyclically in (hole, next] is found before the hole is reached: it stays.
            const size_t home = size_t(m_slots[next]) & mask;
            const bool stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
            if (!stays) {
                m_slots[hole] = m_slots[next];
                hole = next;
            }
        }
        m_slots[hole] = 0;
        --m_size;
        return true;
    }
    size_t size() const { return m_size; }
    template <typename Fn> void forEach(Fn&& fn) const
    {
        for (quint64 key : m_slots) {
            if (key != 0)
                fn(key);
        }
    }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
    }

private:
    // Keys are hashes already: their low bits pick the slot; linear probing from there.
    static bool place(std::vector<quint64>& table, quint64 key)
    {
        const size_t mask = table.size() - 1;
        for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
            if (table[i] == key)
                return false;
            if (table[i] == 0) {
                table[i] = key;
                return true;
            }
        }
    }
    void grow()
    {
        std::vector<quint64> bigger(m_slots.empty() ? 1024 : m_slots.size() * 2, 0);
        for (quint64 key : m_slots) {
            if (key != 0)
                place(bigger, key);
        }
        m_slots.swap(bigger);
    }

    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

} // namespace recertify
