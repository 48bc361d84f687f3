package dev.threatmodel.load;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The registry of formats: every {@link ModelImporter} named in
 * {@code META-INF/services/dev.threatmodel.load.ModelImporter} of the library, in the order written there. This is
 * the one place a format is registered; the loader asks them in this order.
 */
public final class ModelImporters {

    private static final List<ModelImporter> REGISTERED = discover();

    private ModelImporters() {
    }

    /** The registered importers, in registration order. */
    public static List<ModelImporter> registered() {
        return REGISTERED;
    }

    private static List<ModelImporter> discover() {
        List<ModelImporter> found = new ArrayList<>();
        ServiceLoader.load(ModelImporter.class, ModelImporter.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }
}
