// Results for people (an aligned table, an explanation with evidence) and for
// programs (JSON, CSV).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cmath>
#include <functional>

#include "base/terminal_text.h"
#include "query/graph_index.h"
#include "query/query.h"

namespace kg::query {
namespace {

// The engine as the writers read it, with each node named in the language
// asked for (NodeData::display_name).
class Shown {
 public:
  Shown(const Engine& engine, std::optional<graph::Language> language)
      : engine_(engine), language_(language) {}
  const graph::NodeData& node(NodeRef node) const { return engine_.node(node); }
  const std::string& name(NodeRef node) const { return engine_.node(node).display_name(language_); }
  const graph::EdgeData& edge(EdgeRef edge) const { return engine_.edge(edge); }
  NodeRef source(EdgeRef edge) const { return engine_.source(edge); }
  NodeRef target(EdgeRef edge) const { return engine_.target(edge); }

 private:
  const Engine& engine_;
  std::optional<graph::Language> language_;
};

std::string number_text(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  std::string text(buffer, end);
  if (text.find_first_of(".eE") == std::string::npos) text += ".0";
  return text;
}

std::string quote(std::string_view text) {
  std::string result = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') result += '\\';
    result += c;
  }
  return result + "\"";
}

// Appends rather than `" " + std::to_string(...)`: GCC 12 at -O3 warns
// falsely (-Wrestrict, GCC bug 105329) on a literal plus a temporary string.
std::string year_suffix(const graph::EdgeData& edge) {
  std::string suffix;
  if (!edge.years.empty()) suffix.append(" ").append(graph::years_text(edge.years));
  return suffix;
}

std::string node_text(const Shown& engine, std::uint32_t rank) {
  const graph::NodeData& node = engine.node(NodeRef{rank});
  return "(" + engine.name(NodeRef{rank}) + ":" + std::string(graph::to_string(node.type)) + ")";
}

// One relationship as seen walking from `from`: -[..]-> or <-[..]-.
std::string step_text(const Shown& engine, std::uint32_t edge, std::uint32_t from) {
  const graph::EdgeData& data = engine.edge(EdgeRef{edge});
  std::string label = "[:" + std::string(graph::to_string(data.relation)) + year_suffix(data) + "]";
  bool forward = engine.source(EdgeRef{edge}).rank == from;
  return forward ? "-" + label + "->" : "<-" + label + "-";
}

std::string path_text(const Shown& engine, const PathRef& path) {
  std::string text = node_text(engine, path.nodes[0]);
  for (std::size_t i = 0; i < path.edges.size(); ++i) {
    text += step_text(engine, path.edges[i], path.nodes[i]) + node_text(engine, path.nodes[i + 1]);
  }
  return text;
}

std::string edge_text(const Shown& engine, std::uint32_t edge) {
  PathRef path{{engine.source(EdgeRef{edge}).rank, engine.target(EdgeRef{edge}).rank}, {edge}};
  return path_text(engine, path);
}

// A value as text; strings inside lists are quoted, a string alone is not.
std::string text(const Shown& engine, const Value& value, bool nested = false) {
  if (value.is_null()) return "null";
  if (value.is<bool>()) return value.as<bool>() ? "true" : "false";
  if (value.is<std::int64_t>()) return std::to_string(value.as<std::int64_t>());
  if (value.is<double>()) return number_text(value.as<double>());
  if (value.is<std::string>()) return nested ? quote(value.as<std::string>()) : value.as<std::string>();
  if (value.is<NodeRef>()) return node_text(engine, value.as<NodeRef>().rank);
  if (value.is<EdgeRef>()) return edge_text(engine, value.as<EdgeRef>().index);
  if (value.is<PathRef>()) return path_text(engine, value.as<PathRef>());
  if (value.is<Map>()) {  // {key: value, ...}, keys in order
    const Map& map = value.as<Map>();
    std::string result = "{";
    for (std::size_t i = 0; i < map.keys.size(); ++i)
      result += (i ? ", " : "") + map.keys[i] + ": " + text(engine, map.values[i], true);
    return result + "}";
  }
  std::string result = "[";
  for (const Value& item : value.as<List>()) {
    if (result.size() > 1) result += ", ";
    result += text(engine, item, true);
  }
  return result + "]";
}

void write_table(const Shown& engine, const Result& result, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const std::string& column : result.columns) widths.push_back(display_width(printable(column)));
  for (const auto& row : result.rows) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::string cell = text(engine, row[i]);
      // Line breaks inside a cell would break the table's lines; other
      // controls in names are shown, not sent to the terminal.
      for (char& c : cell) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      line.push_back(printable(cell));
      widths[i] = std::max(widths[i], display_width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto write_line = [&](const std::vector<std::string>& line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0) out << " | ";
      out << line[i];
      if (i + 1 < line.size()) out << std::string(widths[i] - display_width(line[i]), ' ');
    }
    out << "\n";
  };
  std::vector<std::string> header;
  for (const std::string& column : result.columns) header.push_back(printable(column));
  write_line(header);
  for (std::size_t i = 0; i < widths.size(); ++i) out << (i > 0 ? "-+-" : "") << std::string(widths[i], '-');
  out << "\n";
  for (const auto& line : cells) write_line(line);
  out << "(" << result.rows.size() << (result.rows.size() == 1 ? " row" : " rows") << ")\n";
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, std::string_view text) {
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void json_node(JsonWriter& w, const Shown& engine, std::uint32_t rank) {
  const graph::NodeData& node = engine.node(NodeRef{rank});
  w.StartObject();
  w.Key("name");
  json_string(w, engine.name(NodeRef{rank}));
  w.Key("type");
  json_string(w, graph::to_string(node.type));
  w.EndObject();
}

void json_edge(JsonWriter& w, const Shown& engine, std::uint32_t edge) {
  const graph::EdgeData& data = engine.edge(EdgeRef{edge});
  w.StartObject();
  w.Key("type");
  json_string(w, graph::to_string(data.relation));
  w.Key("from");
  json_string(w, engine.name(engine.source(EdgeRef{edge})));
  w.Key("to");
  json_string(w, engine.name(engine.target(EdgeRef{edge})));
  w.Key("year");
  if (auto year = data.first_year())
    w.Int(*year);
  else
    w.Null();
  w.Key("years");
  w.StartArray();
  for (int year : data.years) w.Int(year);
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
  for (const graph::Evidence& evidence : data.evidence) {
    w.StartObject();
    w.Key("sentence");
    json_string(w, evidence.sentence);
    w.Key("doc");
    json_string(w, evidence.document);
    w.Key("line");
    w.Uint(evidence.line);
    if (evidence.page) {
      w.Key("page");
      w.Uint(*evidence.page);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void json_value(JsonWriter& w, const Shown& engine, const Value& value) {
  if (value.is_null())
    w.Null();
  else if (value.is<bool>())
    w.Bool(value.as<bool>());
  else if (value.is<std::int64_t>())
    w.Int64(value.as<std::int64_t>());
  else if (value.is<double>()) {
    if (std::isfinite(value.as<double>()))
      w.Double(value.as<double>());
    else
      w.Null();  // JSON has no NaN or infinity
  } else if (value.is<std::string>())
    json_string(w, value.as<std::string>());
  else if (value.is<NodeRef>())
    json_node(w, engine, value.as<NodeRef>().rank);
  else if (value.is<EdgeRef>())
    json_edge(w, engine, value.as<EdgeRef>().index);
  else if (value.is<Map>()) {
    const Map& map = value.as<Map>();
    w.StartObject();
    for (std::size_t i = 0; i < map.keys.size(); ++i) {
      json_string(w, map.keys[i]);
      json_value(w, engine, map.values[i]);
    }
    w.EndObject();
  } else if (value.is<PathRef>()) {
    const PathRef& path = value.as<PathRef>();
    w.StartArray();
    json_node(w, engine, path.nodes[0]);
    for (std::size_t i = 0; i < path.edges.size(); ++i) {
      json_edge(w, engine, path.edges[i]);
      json_node(w, engine, path.nodes[i + 1]);
    }
    w.EndArray();
  } else {
    w.StartArray();
    for (const Value& item : value.as<List>()) json_value(w, engine, item);
    w.EndArray();
  }
}

void write_json(const Shown& engine, const Result& result, std::ostream& out) {
  out << "[";
  for (std::size_t r = 0; r < result.rows.size(); ++r) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    for (std::size_t i = 0; i < result.columns.size(); ++i) {
      json_string(w, result.columns[i]);
      json_value(w, engine, result.rows[r][i]);
    }
    w.EndObject();
    out << (r == 0 ? "\n  " : ",\n  ") << buffer.GetString();
  }
  out << (result.rows.empty() ? "]\n" : "\n]\n");
}

std::string csv_field(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csv_text(const Shown& engine, const Value& value) {
  if (value.is_null()) return "";
  if (value.is<NodeRef>()) return engine.name(value.as<NodeRef>());
  if (value.is<EdgeRef>()) return std::string(graph::to_string(engine.edge(value.as<EdgeRef>()).relation));
  return text(engine, value);
}

void write_csv(const Shown& engine, const Result& result, std::ostream& out) {
  for (std::size_t i = 0; i < result.columns.size(); ++i)
    out << (i ? "," : "") << csv_field(result.columns[i]);
  out << "\r\n";
  for (const auto& row : result.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << csv_field(csv_text(engine, row[i]));
    out << "\r\n";
  }
}

void explain_edge(const Shown& engine, std::uint32_t edge, std::ostream& out) {
  const graph::EdgeData& data = engine.edge(EdgeRef{edge});
  out << "    " << printable(engine.name(engine.source(EdgeRef{edge}))) << " "
      << graph::to_string(data.relation) << " " << printable(engine.name(engine.target(EdgeRef{edge})));
  if (!data.years.empty()) out << " (" << graph::years_text(data.years) << ")";
  out << "\n";
  if (data.evidence.empty()) out << "      (no evidence recorded)\n";
  for (const graph::Evidence& evidence : data.evidence) {
    out << "      \"" << printable(evidence.sentence) << "\"\n        -- " << printable(evidence.document);
    if (evidence.line > 0) out << ":" << evidence.line;
    if (evidence.page) out << ", page " << *evidence.page;
    out << "\n";
  }
}

}  // namespace

void write_result(const Engine& query_engine, const Result& result, Format format, std::ostream& out,
                  std::optional<graph::Language> language) {
  const Shown engine(query_engine, language);
  switch (format) {
    case Format::Table:
      write_table(engine, result, out);
      break;
    case Format::Json:
      write_json(engine, result, out);
      break;
    case Format::Csv:
      write_csv(engine, result, out);
      break;
  }
}

void write_explanation(const Engine& query_engine, const Result& result, std::ostream& out,
                       std::optional<graph::Language> language) {
  const Shown engine(query_engine, language);
  for (std::size_t r = 0; r < result.rows.size(); ++r) {
    out << (r ? "\n" : "") << "row " << r + 1 << ":\n";
    bool explained = false;
    std::function<void(const Value&)> explain = [&](const Value& value) {
      if (value.is<PathRef>()) {
        const PathRef& path = value.as<PathRef>();
        out << "  " << printable(path_text(engine, path)) << "\n";
        for (std::uint32_t edge : path.edges) explain_edge(engine, edge, out);
        explained = true;
      } else if (value.is<EdgeRef>()) {
        out << "  " << printable(edge_text(engine, value.as<EdgeRef>().index)) << "\n";
        explain_edge(engine, value.as<EdgeRef>().index, out);
        explained = true;
      } else if (value.is<List>()) {
        for (const Value& item : value.as<List>()) explain(item);
      }
    };
    // Paths and relationships are shown below with their evidence; the
    // other columns say what the row is about.
    for (std::size_t i = 0; i < result.columns.size(); ++i) {
      const Value& value = result.rows[r][i];
      if (value.is<PathRef>() || value.is<EdgeRef>()) continue;
      out << "  " << printable(result.columns[i]) << " = " << printable(text(engine, value)) << "\n";
    }
    for (const Value& value : result.rows[r]) explain(value);
    if (!explained) out << "  (no path or relationship in this row to explain)\n";
  }
  out << "(" << result.rows.size() << (result.rows.size() == 1 ? " row" : " rows") << ")\n";
}

}  // namespace kg::query
