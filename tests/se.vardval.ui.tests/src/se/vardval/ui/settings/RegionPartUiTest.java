package se.vardval.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.RegionStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * The region on the demo database (Region Jämtland Härjedalen, 232100-0214): shown, a changed name saved (stored,
 * audited as entity {@code region}), a malformed organisationsnummer and a read-only user's save refused with their
 * reasons and nothing stored, the name following the county chosen, and, without a registered region, a status that
 * says what to do.
 */
class RegionPartUiTest {

    /** The region the demo registers, restored after each test. */
    private static final Region DEMO = Region.of(County.JAMTLAND, "232100-0214");

    private PartShell view;
    private ServiceRegistration<RegionStore> noRegion;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(), 760, 360);
    }

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            view.close();
        }
        if (noRegion != null) {
            noRegion.unregister();
        }
        RegionStore store = DemoDatabase.service(RegionStore.class);
        if (!store.find().equals(Optional.of(DEMO))) {
            store.save(DEMO, DemoDatabase.ADMINISTRATOR);
        }
    }

    @Test
    void theDemosRegionIsShownAndARenameIsStoredAndAudited() throws Exception {
        build(DemoDatabase.ADMINISTRATOR);
        Combo county = view.widget("region.county", Combo.class);
        assertEquals(21, county.getItemCount());
        assertEquals("01 – Region Stockholm", county.getItem(0));
        assertEquals("23 – Region Jämtland Härjedalen", county.getText());
        assertEquals("Region Jämtland Härjedalen", text("region.name").getText());
        assertEquals("232100-0214", text("region.orgNr").getText());
        assertEquals("", status());
        assertFalse(part().isDirty());
        view.save("region");

        text("region.name").setText("Region Jämtland Härjedalen (huvudman)");
        assertTrue(part().isDirty(), "an edit marks the view dirty");
        click("region.save");
        assertEquals("Sparat.", status());
        assertFalse(part().isDirty());

        Region stored = DemoDatabase.service(RegionStore.class).find().orElseThrow();
        assertEquals(new Region(County.JAMTLAND, "Region Jämtland Härjedalen (huvudman)", "2321000214"), stored);
        AuditEntry audited = DemoDatabase.service(AuditLog.class).entries("region", 1).getFirst();
        assertEquals(DemoDatabase.ADMINISTRATOR, audited.user());
        assertEquals("23", audited.entityKey());
        assertEquals("UPDATE", audited.action());
        assertTrue(audited.after().contains("Region Jämtland Härjedalen (huvudman)"), audited.after());
    }

    @Test
    void aMalformedOrgNrIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        build(DemoDatabase.ADMINISTRATOR);
        text("region.orgNr").setText("232100-0215");
        click("region.save");
        assertEquals("felaktig kontrollsiffra i organisationsnumret '232100-0215'", status());
        assertEquals("232100-0215", text("region.orgNr").getText(), "the edit stays on screen");
        assertTrue(part().isDirty());
        view.save("region-refused");
        text("region.orgNr").setText("232100-0214");
        text("region.name").setText(" ");
        click("region.save");
        assertEquals("regionen behöver ett namn", status());
        assertEquals(Optional.of(DEMO), DemoDatabase.service(RegionStore.class).find());
    }

    @Test
    void aReadOnlyUsersSaveIsRefused() throws Exception {
        DemoDatabase.readOnlyUser();
        build("olle");
        text("region.name").setText("Regionen");
        click("region.save");
        assertEquals("olle får inte ändra registret: det kräver rollen administratör; olle är läsbehörig",
                status());
        assertEquals(Optional.of(DEMO), DemoDatabase.service(RegionStore.class).find());
        assertEquals("Regionen", text("region.name").getText(), "the edit stays on screen");
        view.save("region-read-only");
    }

    @Test
    void theNameFollowsTheCountyUnlessAnotherNameWasTyped() throws Exception {
        build(DemoDatabase.ADMINISTRATOR);
        choose("22 – Region Västernorrland");
        assertEquals("Region Västernorrland", text("region.name").getText());
        assertTrue(part().isDirty());
        choose("14 – Västra Götalandsregionen");
        assertEquals("Västra Götalandsregionen", text("region.name").getText());
        text("region.name").setText("Regionförbundet Väst");
        choose("13 – Region Halland");
        assertEquals("Regionförbundet Väst", text("region.name").getText(), "a typed name is kept");
        click("region.reload");
        assertEquals("23 – Region Jämtland Härjedalen", view.widget("region.county", Combo.class).getText());
        assertEquals("Region Jämtland Härjedalen", text("region.name").getText());
        assertFalse(part().isDirty(), "reload drops the edits");
    }

    @Test
    void withoutARegionTheStatusSaysHowToRegisterOne() throws Exception {
        AtomicReference<Region> saved = new AtomicReference<>();
        noRegion = FrameworkUtil.getBundle(RegionPartUiTest.class).getBundleContext().registerService(
                RegionStore.class, new RegionStore() {
                    @Override
                    public Optional<Region> find() {
                        return Optional.ofNullable(saved.get());
                    }

                    @Override
                    public void save(Region region, String user) {
                        saved.set(region);
                    }
                }, FrameworkUtil.asDictionary(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
        build(DemoDatabase.ADMINISTRATOR);
        assertEquals("Ingen region är registrerad än, så varken ersättningsbesked eller ekonomifil exporteras: välj "
                + "länet, kontrollera namnet, skriv organisationsnumret och spara.", status());
        assertEquals(-1, view.widget("region.county", Combo.class).getSelectionIndex());
        assertEquals("", text("region.name").getText());
        view.save("region-none");
        text("region.orgNr").setText("232100-0214");
        click("region.save");
        assertEquals("Inte sparat: välj länet.", status());
        choose("23 – Region Jämtland Härjedalen");
        assertEquals("Region Jämtland Härjedalen", text("region.name").getText(), "a blank name is filled");
        click("region.save");
        assertEquals("Sparat.", status());
        assertEquals(DEMO, saved.get());
    }

    private void build(String user) {
        view.actAs(user);
        view.make(RegionPart.class);
    }

    private MPart part() {
        return view.context().get(MPart.class);
    }

    private Text text(String key) {
        return view.widget(key, Text.class);
    }

    private String status() {
        return view.widget("region.status", Label.class).getText();
    }

    private void choose(String item) {
        Combo county = view.widget("region.county", Combo.class);
        county.select(county.indexOf(item));
        county.notifyListeners(SWT.Selection, new Event());
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
