import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wikidata.wdtk.datamodel.helpers.DataFormatter;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.JsonDeserializer;
import org.wikidata.wdtk.datamodel.implementation.DatatypeIdImpl;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.GlobeCoordinatesValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.NoValueSnak;
import org.wikidata.wdtk.datamodel.interfaces.PropertyDocument;
import org.wikidata.wdtk.datamodel.interfaces.QuantityValue;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.SnakVisitor;
import org.wikidata.wdtk.datamodel.interfaces.SomeValueSnak;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.datamodel.interfaces.StringValue;
import org.wikidata.wdtk.datamodel.interfaces.TermedStatementDocument;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.UnsupportedValue;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;
import org.wikidata.wdtk.datamodel.interfaces.ValueVisitor;

/**
 * Every entity of a Wikidata JSON dump as Wikidata Toolkit's datamodel understood it.
 *
 * <p>Usage: {@code java -cp CP WdtkSummary dump.json}. The Debian package has no dump-file
 * module, so this reads the JsonDumpGenerator layout itself ({@code [}, one entity per line
 * with a trailing comma on all but the last, {@code ]}) and hands each entity line to
 * {@link JsonDeserializer}. It prints one JSON object per entity, {@code {"id": ..., "summary":
 * ...}}, built only from the datamodel objects, in the shape tests/wikibase_clients.py documents.
 * The first entity WDTK rejects ends the run: its exception goes to stderr as
 * {@code line N: <exception>} and the exit status is 1.
 */
public class WdtkSummary {
  private static final JsonDeserializer READER = new JsonDeserializer(Datamodel.SITE_WIKIDATA);
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try (BufferedReader in = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String entity = entityJson(line);
        if (entity == null) {
          continue;
        }
        try {
          out.write(JSON.writeValueAsString(summary(entity)));
          out.write('\n');
        } catch (Exception e) {
          out.flush();
          System.err.println("line " + number + ": " + e);
          System.exit(1);
        }
      }
    }
    out.flush();
  }

  /** The entity JSON on a dump line, or null for the bracket lines (and blank ones). */
  static String entityJson(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.equals("[") || text.equals("]")) {
      return null;
    }
    return text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
  }

  /** Deserialise by the entity's type, as a dump consumer that knows its entities would. */
  static Map<String, Object> summary(String entity) throws Exception {
    String type = JSON.readTree(entity).path("type").asText();
    TermedStatementDocument doc;
    String datatype = null;
    if (type.equals("item")) {
      doc = READER.deserializeItemDocument(entity);
    } else if (type.equals("property")) {
      PropertyDocument property = READER.deserializePropertyDocument(entity);
      datatype = DatatypeIdImpl.getJsonDatatypeFromDatatypeIri(property.getDatatype().getIri());
      doc = property;
    } else {
      throw new IllegalArgumentException("not an item or a property: type " + type);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("type", doc instanceof ItemDocument ? "item" : "property");
    summary.put("datatype", datatype);
    summary.put("labels", texts(doc.getLabels()));
    summary.put("descriptions", texts(doc.getDescriptions()));
    Map<String, Object> aliases = new LinkedHashMap<>();
    doc.getAliases().forEach((language, values) -> aliases.put(language, textList(values)));
    summary.put("aliases", aliases);
    summary.put("claims", claims(doc.getStatementGroups()));
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", doc.getEntityId().getId());
    line.put("summary", summary);
    return line;
  }

  static Map<String, Object> texts(Map<String, MonolingualTextValue> byLanguage) {
    Map<String, Object> texts = new LinkedHashMap<>();
    byLanguage.forEach((language, value) -> texts.put(language, value.getText()));
    return texts;
  }

  static List<Object> textList(List<MonolingualTextValue> values) {
    List<Object> texts = new ArrayList<>();
    values.forEach(value -> texts.add(value.getText()));
    return texts;
  }

  static Map<String, Object> claims(List<StatementGroup> groups) {
    Map<String, Object> claims = new LinkedHashMap<>();
    for (StatementGroup group : groups) {
      List<Object> statements = new ArrayList<>();
      for (Statement statement : group.getStatements()) {
        statements.add(statement(statement));
      }
      claims.put(group.getProperty().getId(), statements);
    }
    return claims;
  }

  static Map<String, Object> statement(Statement statement) {
    Map<String, Object> summary = new LinkedHashMap<>();
    String id = statement.getStatementId();
    summary.put("id", id == null || id.isEmpty() ? null : id);
    summary.put("rank", statement.getRank().name().toLowerCase());
    summary.put("value", statement.getMainSnak().accept(SNAKS));
    summary.put("qualifiers", snakGroups(statement.getQualifiers()));
    List<Object> references = new ArrayList<>();
    for (Reference reference : statement.getReferences()) {
      references.add(snakGroups(reference.getSnakGroups()));
    }
    summary.put("references", references);
    return summary;
  }

  static Map<String, Object> snakGroups(List<SnakGroup> groups) {
    Map<String, Object> byProperty = new LinkedHashMap<>();
    for (SnakGroup group : groups) {
      List<Object> values = new ArrayList<>();
      for (Snak snak : group.getSnaks()) {
        values.add(snak.accept(SNAKS));
      }
      byProperty.put(group.getProperty().getId(), values);
    }
    return byProperty;
  }

  /** A value snak's normalised value; the other two kinds by name. */
  static final SnakVisitor<Object> SNAKS = new SnakVisitor<>() {
    @Override
    public Object visit(ValueSnak snak) {
      return snak.getValue().accept(VALUES);
    }

    @Override
    public Object visit(SomeValueSnak snak) {
      return "somevalue";
    }

    @Override
    public Object visit(NoValueSnak snak) {
      return "novalue";
    }
  };

  /** Datavalues normalised as in tests/wikibase_clients.py. */
  static final ValueVisitor<Object> VALUES = new ValueVisitor<>() {
    @Override
    public Object visit(EntityIdValue value) {
      return value.getId();
    }

    @Override
    public Object visit(StringValue value) {
      return value.getString();
    }

    @Override
    public Object visit(MonolingualTextValue value) {
      return pairs("text", value.getText(), "language", value.getLanguageCode());
    }

    @Override
    public Object visit(TimeValue value) {
      return pairs("time", wikibaseTime(value), "precision", (int) value.getPrecision());
    }

    @Override
    public Object visit(QuantityValue value) {
      return pairs("amount", DataFormatter.formatBigDecimal(value.getNumericValue()),
          "unit", value.getUnit());
    }

    @Override
    public Object visit(GlobeCoordinatesValue value) {
      return pairs("latitude", value.getLatitude(), "longitude", value.getLongitude());
    }

    @Override
    public Object visit(UnsupportedValue value) {
      return pairs("unsupported", value.getTypeJsonString(), "value", null);
    }
  };

  /**
   * The time string as Wikibase writes it (sign, year of at least four digits), rebuilt from
   * WDTK's fields: its own DataFormatter pads years to eleven digits, which no dump does.
   */
  static String wikibaseTime(TimeValue time) {
    long year = time.getYear();
    return String.format("%s%04d-%02d-%02dT%02d:%02d:%02dZ", year < 0 ? "-" : "+", Math.abs(year),
        time.getMonth(), time.getDay(), time.getHour(), time.getMinute(), time.getSecond());
  }

  static Map<String, Object> pairs(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
