package se.vardval.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import se.vardval.ui.api.ActingUser;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.PartContexts;

/** The import command's handler in an e4 context: enabled for a user once the import service runs. */
class ImportHandlerTest {

    @Test
    void needsTheImportServiceAndAnActingUser() throws Exception {
        Shell shell = new Shell(Displays.require());
        try {
            DemoDatabase.ensure();
            IEclipseContext context = PartContexts.create(shell, Map.of());
            ImportHandler handler = new ImportHandler();
            assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(handler, CanExecute.class, context));

            IEclipseContext withoutUser = context.createChild();
            withoutUser.set(ActingUser.class, null);
            assertEquals(Boolean.FALSE, ContextInjectionFactory.invoke(handler, CanExecute.class, withoutUser));
            context.dispose();
        } finally {
            shell.dispose();
        }
    }
}
