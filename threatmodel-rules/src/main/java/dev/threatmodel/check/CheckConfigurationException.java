package dev.threatmodel.check;

/** The check was asked for something it cannot do: an unknown rule id, a report format it cannot write. */
public class CheckConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public CheckConfigurationException(String message) {
        super(message);
    }
}
