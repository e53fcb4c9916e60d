package se.vardval.ui.rulebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import se.vardval.core.model.ParameterProblem;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.rulebook.ParameterNode.Field;
import se.vardval.ui.rulebook.ParameterNode.Kind;
import se.vardval.ui.rulebook.ParameterNode.Table;

/**
 * The editors of a model's parameters, built from their shape: a group box per object, a table per array of objects,
 * a text, check box or choice per value. Each edit is written into the parameter object at once; the model's problems
 * are shown on the field (or table) they name. Every editor's widget key is {@code param:<path>}.
 */
public class ParameterForm {

    /** The prefix of an editor's widget key. */
    public static final String KEY_PREFIX = "param:";

    /** The width of a field's editor in pixels; a choice is widened to its longest caption. */
    private static final int FIELD_WIDTH = 220;

    private final ObjectNode parameters;
    private final boolean editable;
    private final Runnable changed;
    private final Consumer<String> refused;
    private final Messages messages;
    private final Captions captions;
    private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();
    private final Map<String, Control> editors = new LinkedHashMap<>();

    /**
     * Builds the editors of {@code shape} in {@code parent}; {@code changed} runs after each edit, {@code refused}
     * is told why an edit of a table cell was not taken.
     */
    public ParameterForm(Composite parent, ParameterNode.Group shape, ObjectNode parameters, boolean editable,
            Messages messages, Captions captions, Runnable changed, Consumer<String> refused) {
        this.parameters = parameters;
        this.editable = editable;
        this.messages = messages;
        this.captions = captions;
        this.changed = changed;
        this.refused = refused;
        for (ParameterNode child : shape.children()) {
            build(parent, child);
        }
    }

    private void build(Composite parent, ParameterNode node) {
        switch (node) {
            case ParameterNode.Group group -> {
                Group box = new Group(parent, SWT.NONE);
                box.setText(captions.of(group.path(), group.key()));
                GridLayoutFactory.swtDefaults().numColumns(2).applyTo(box);
                GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(box);
                group.children().forEach(child -> build(box, child));
            }
            case Table table -> {
                ParameterTable editor = new ParameterTable(parent, table, parameters, editable, messages, captions,
                        changed, refused);
                register(table.path().toString(), editor.control());
            }
            case Field field -> {
                Label caption = new Label(parent, SWT.NONE);
                caption.setText(captions.of(field.path(), field.key()));
                Control editor = editor(parent, field);
                editor.setEnabled(editable);
                GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).indent(8, 0)
                        .hint(width(field, editor), SWT.DEFAULT).applyTo(editor);
                register(field.path().toString(), editor);
            }
        }
    }

    /** A check box as wide as it is, a choice as wide as its longest caption, other fields a common width. */
    private static int width(Field field, Control editor) {
        return switch (field.kind()) {
            case BOOLEAN -> SWT.DEFAULT;
            case CHOICE -> Math.max(FIELD_WIDTH, editor.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            default -> FIELD_WIDTH;
        };
    }

    private Control editor(Composite parent, Field field) {
        JsonNode value = field.path().read(parameters);
        return switch (field.kind()) {
            case BOOLEAN -> {
                Button check = new Button(parent, SWT.CHECK);
                check.setSelection(value.asBoolean());
                check.addListener(SWT.Selection, e -> write(field, BooleanNode.valueOf(check.getSelection())));
                yield check;
            }
            case CHOICE -> choice(parent, field, Values.text(value));
            default -> {
                Text text = new Text(parent, SWT.BORDER | (field.kind() == Kind.NUMBER ? SWT.RIGHT : SWT.LEFT));
                text.setText(Values.text(value));
                text.addListener(SWT.Modify, e -> {
                    try {
                        write(field, Values.parse(text.getText(), field.kind()));
                    } catch (NumberFormatException ex) {
                        mark(field.path().toString(), messages.rulebook_notANumber);
                    }
                });
                yield text;
            }
        };
    }

    /**
     * A combo offering the choices by their captions and writing the chosen value; without choices to offer, a text
     * typed is written as it is.
     */
    private Combo choice(Composite parent, Field field, String value) {
        List<String> choices = field.choices();
        Combo combo = new Combo(parent, SWT.DROP_DOWN | (choices.isEmpty() ? 0 : SWT.READ_ONLY));
        choices.forEach(choice -> combo.add(captions.ofChoice(field.path(), choice)));
        if (choices.contains(value)) {
            combo.select(choices.indexOf(value));
        } else {
            combo.setText(value);
        }
        combo.addListener(SWT.Modify, e -> write(field, TextNode.valueOf(combo.getSelectionIndex() < 0
                ? combo.getText() : choices.get(combo.getSelectionIndex()))));
        return combo;
    }

    private void write(Field field, JsonNode value) {
        field.path().write(parameters, value);
        changed.run();
    }

    private void register(String path, Control editor) {
        editor.setData(ClientTags.WIDGET_KEY, KEY_PREFIX + path);
        editors.put(path, editor);
        ControlDecoration decoration = new ControlDecoration(editor, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
        decorations.put(path, decoration);
    }

    /** Shows each problem on the editor of its path, or of the table it lies in; returns those with no editor. */
    public List<ParameterProblem> showProblems(List<ParameterProblem> problems) {
        decorations.values().forEach(ControlDecoration::hide);
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        List<ParameterProblem> elsewhere = new ArrayList<>();
        for (ParameterProblem problem : problems) {
            String owner = owner(problem.path());
            if (owner == null) {
                elsewhere.add(problem);
            } else {
                StringBuilder text = texts.computeIfAbsent(owner, k -> new StringBuilder());
                text.append(text.isEmpty() ? "" : "\n").append(owner.equals(problem.path()) ? problem.reason()
                        : JsonPath.readable(problem.path(), messages.rulebook_row) + ": " + problem.reason());
            }
        }
        texts.forEach((path, text) -> mark(path, text.toString()));
        return elsewhere;
    }

    private void mark(String path, String text) {
        ControlDecoration decoration = decorations.get(path);
        decoration.setDescriptionText(text);
        decoration.show();
    }

    /** The editor that shows a problem at {@code path}: its own, or its table's. */
    private String owner(String path) {
        if (decorations.containsKey(path)) {
            return path;
        }
        return decorations.keySet().stream().filter(p -> path.startsWith(p + "[")).findFirst().orElse(null);
    }

    /** The editor of a problem's path, to bring it into view. */
    public Control editorOf(String path) {
        String owner = owner(path);
        return owner == null ? null : editors.get(owner);
    }
}
