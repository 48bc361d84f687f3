package dev.threatmodel.load;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a {@link MapNode}: unmodifiable, in the order of the file, held in two arrays. A model file is mostly
 * small mappings, a tree holds tens of thousands of them until the check ends, and a {@code LinkedHashMap} per
 * mapping took a fifth of the tree's memory (an entry object per field and a table per mapping). A lookup scans the
 * keys of a small mapping and goes through an index in a large one, so it stays constant-time in a hostile file with
 * a mapping of a million keys.
 */
final class FieldMap extends AbstractMap<String, MapNode.Field> {

    /** Mappings with more keys than this get an index. */
    private static final int SCANNED = 16;

    private final String[] keys;
    private final MapNode.Field[] values;
    private final Map<String, Integer> index;

    private FieldMap(String[] keys, MapNode.Field[] values) {
        this.keys = keys;
        this.values = values;
        if (keys.length > SCANNED) {
            index = new HashMap<>(keys.length * 4 / 3 + 1);
            for (int i = 0; i < keys.length; i++) {
                index.put(keys[i], i);
            }
        } else {
            index = null;
        }
    }

    /** The same mappings in the same order; a field map is returned as it is. */
    static FieldMap copyOf(Map<String, MapNode.Field> fields) {
        if (fields instanceof FieldMap same) {
            return same;
        }
        String[] keys = new String[fields.size()];
        MapNode.Field[] values = new MapNode.Field[keys.length];
        int i = 0;
        for (Map.Entry<String, MapNode.Field> e : fields.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new FieldMap(keys, values);
    }

    private int indexOf(Object key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public MapNode.Field get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Cursor<>(i -> keys[i]);
            }

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Collection<MapNode.Field> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<MapNode.Field> iterator() {
                return new Cursor<>(i -> values[i]);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<Entry<String, MapNode.Field>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, MapNode.Field>> iterator() {
                return new Cursor<>(i -> new SimpleImmutableEntry<>(keys[i], values[i]));
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** Walks the positions 0 .. size - 1, giving what {@code at} makes of each; removes nothing. */
    private final class Cursor<T> implements Iterator<T> {
        private final java.util.function.IntFunction<T> at;
        private int next;

        Cursor(java.util.function.IntFunction<T> at) {
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public T next() {
            if (next >= keys.length) {
                throw new NoSuchElementException();
            }
            return at.apply(next++);
        }
    }
}
