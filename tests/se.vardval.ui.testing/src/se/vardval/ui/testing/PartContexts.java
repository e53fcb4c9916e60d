package se.vardval.ui.testing;

import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;

import se.vardval.ui.api.ActingUser;
import se.vardval.ui.format.SwedishFormat;

/**
 * An e4 context for building a real part outside the workbench: the OSGi services of the test runtime (so
 * {@code @Service} injection works), the parent composite, the part's model element, a UI synchroniser on the test
 * display, the demo's administrator as the acting user and the Swedish locale for {@code @Translation}. Like the workbench's application context, the context
 * above the parts is the injector's default, which the {@code @Translation} supplier reads its services from.
 */
public final class PartContexts {

    private static IEclipseContext application;

    private PartContexts() {
    }

    private static synchronized IEclipseContext application() {
        if (application == null) {
            IEclipseContext services = EclipseContextFactory
                    .getServiceContext(FrameworkUtil.getBundle(PartContexts.class).getBundleContext());
            application = services.createChild("application under test");
            application.set(TranslationService.LOCALE, SwedishFormat.SWEDISH);
            ContextInjectionFactory.setDefault(application);
        }
        return application;
    }

    /** A context whose part is placed in {@code parent} and carries {@code persistedState}. */
    public static IEclipseContext create(Composite parent, Map<String, String> persistedState) {
        IEclipseContext context = application().createChild("part under test");
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getPersistedState().putAll(persistedState);
        context.set(MPart.class, part);
        context.set(Composite.class, parent);
        context.set(UISynchronize.class, new DisplaySynchronize(parent.getDisplay()));
        context.set(ActingUser.class, new ActingUser(DemoDatabase.ADMINISTRATOR));
        return context;
    }

    /** Runs UI work on the test display's thread. */
    private static final class DisplaySynchronize extends UISynchronize {

        private final Display display;

        DisplaySynchronize(Display display) {
            this.display = display;
        }

        @Override
        public void syncExec(Runnable runnable) {
            display.syncExec(runnable);
        }

        @Override
        public void asyncExec(Runnable runnable) {
            display.asyncExec(runnable);
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return display.getThread() == thread;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean dispatchEvents() {
            return display.readAndDispatch();
        }
    }
}
