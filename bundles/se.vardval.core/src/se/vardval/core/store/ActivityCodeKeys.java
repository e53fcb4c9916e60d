package se.vardval.core.store;

import java.util.Map;

/**
 * The keys of the {@code codes} column of {@code activities.csv} that a plugin's model reads, each with the form of its
 * value, registered as an OSGi service. The import accepts the keys the installed plugins declare, each value checked
 * and normalised by its form, and keys starting with {@code x_} as they are; any other key is refused, naming the
 * declared keys. Plugins may declare the same key (foot care and specialist care both read {@code referral}) with
 * equal forms; a key declared with different forms cannot be read, and each row that has it is refused, naming the
 * model types and their rules, until the declarations agree.
 */
public interface ActivityCodeKeys {

    /** The model type of the plugin that reads the keys, e.g. {@code fotvard}, named when declarations disagree. */
    String modelType();

    /** The keys the model reads (in lower case, e.g. {@code risk}), each with the form of its value. */
    Map<String, CodeForm> keys();
}
