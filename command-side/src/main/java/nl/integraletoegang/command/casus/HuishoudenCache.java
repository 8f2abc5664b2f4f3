package nl.integraletoegang.command.casus;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The households most recently worked on, kept between commands so that a command does not read and replay the
 * household's events again (Axon's caching repository; see {@link HuishoudenCacheProperties} for when it is safe).
 * Least recently used households leave first once {@code maxHuishoudens} are kept. Axon takes a household out
 * whenever a command on it is rolled back (a refusal, a version conflict on appending), so the next command loads it
 * from the event store again.
 */
public final class HuishoudenCache implements Cache {

    private final Map<Object, Object> entries;

    HuishoudenCache(int maxHuishoudens) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > maxHuishoudens;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing listens to the households' cache: Axon's repository does not, and neither does this application. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }
}
