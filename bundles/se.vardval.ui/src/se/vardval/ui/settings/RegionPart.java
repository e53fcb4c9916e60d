package se.vardval.ui.settings;

import java.util.Optional;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;
import se.vardval.core.service.UserError;
import se.vardval.core.store.RegionStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Widgets;

/**
 * The region (huvudman) that pays the providers of every vårdval and that the ersättningsbesked and the SIE file name:
 * its county, name and organisationsnummer, and Save, which the store allows only to an administrator of the register
 * and audits. Choosing another county puts that county's region name in the name field, unless another name was
 * typed there; a field the region does not accept, or a user who may not change it, is told in the status line.
 */
public class RegionPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    RegionStore store;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    private CountyChoice county;
    /** The county whose region name the name field may still carry from when it was shown or chosen. */
    private County shownCounty;
    private Text name;
    private Text orgNr;
    private Label status;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(messages.region_title);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(messages.region_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(hint);
        fields(parent);
        buttons(parent);
        status = new Label(parent, SWT.WRAP);
        status.setData(ClientTags.WIDGET_KEY, "region.status");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
        reload();
    }

    private void fields(Composite parent) {
        Composite fields = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(fields);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
        new Label(fields, SWT.NONE).setText(messages.region_county);
        county = new CountyChoice(fields, "region.county", this::countyChosen);
        name = text(fields, messages.register_name, "region.name");
        orgNr = text(fields, messages.register_orgNr, "region.orgNr");
    }

    private Text text(Composite fields, String label, String key) {
        new Label(fields, SWT.NONE).setText(label);
        Text text = new Text(fields, SWT.BORDER);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> part.setDirty(true));
        return text;
    }

    private void buttons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        Widgets.button(row, messages.rulebook_save, "region.save", this::save);
        Widgets.button(row, messages.rulebook_reload, "region.reload", this::reload);
    }

    /** Puts the chosen county's region name in the name field when it was blank or the previous county's. */
    private void countyChosen() {
        County chosen = county.chosen().orElseThrow();
        String typed = name.getText().strip();
        if (typed.isEmpty() || (shownCounty != null && typed.equals(shownCounty.regionName()))) {
            name.setText(chosen.regionName());
        }
        shownCounty = chosen;
        part.setDirty(true);
    }

    /** Stores the region as the fields give it, as the acting user; a refusal is shown and the edits stay. */
    @Persist
    void save() {
        Optional<County> chosen = county.chosen();
        if (chosen.isEmpty()) {
            show(messages.region_countyMissing);
            return;
        }
        try {
            Region region = new Region(chosen.get(), name.getText(), orgNr.getText());
            store.save(region, user.name());
            showRegion(region);
            show(messages.rulebook_saved);
        } catch (IllegalArgumentException | UserError e) {
            show(e.getMessage());
        }
    }

    /** Shows the region as stored, the edits dropped; without one, empty fields and what to do. */
    private void reload() {
        Optional<Region> region = store.find();
        region.ifPresentOrElse(this::showRegion, this::showNone);
        show(region.isPresent() ? "" : messages.region_none);
    }

    private void showRegion(Region region) {
        county.show(Optional.of(region.county()));
        shownCounty = region.county();
        name.setText(region.name());
        orgNr.setText(region.orgNrWithHyphen());
        part.setDirty(false);
    }

    private void showNone() {
        county.show(Optional.empty());
        shownCounty = null;
        name.setText("");
        orgNr.setText("");
        part.setDirty(false);
    }

    /** Shows a status line, laid out again so that a long refusal wraps instead of being cut. */
    private void show(String text) {
        status.setText(text);
        status.requestLayout();
    }
}
