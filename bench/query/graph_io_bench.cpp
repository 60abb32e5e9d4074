// Save and load time of kg's native file, and GraphML and GEXF write time, on
// the benchmark graph (issue 5: load a 1M-edge native file in under 2 s).
//   graph_io_bench GRAPH.kg.json OUT_DIR [--benchmark_* options]
// Each kernel writes OUT_DIR/io.<ext> as `kg` would (a temporary file, fsync,
// rename) and reports its size as the counter "bytes"; the files are left
// there to look at.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "export/export.h"
#include "graph/native_file.h"

namespace {

std::string input;
std::filesystem::path out_dir;
std::unique_ptr<kg::graph::KnowledgeGraph> graph;

void set_bytes(benchmark::State& state, const std::filesystem::path& file) {
  state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(file));
}

void load_native(benchmark::State& state) {
  for (auto _ : state) {
    kg::graph::KnowledgeGraph loaded = kg::graph::load_native(input);
    benchmark::DoNotOptimize(loaded.edge_count());
    // Freeing is no part of loading (kg's commands leave it to process exit).
    state.PauseTiming();
    { const kg::graph::KnowledgeGraph freed = std::move(loaded); }
    state.ResumeTiming();
  }
  set_bytes(state, input);
}

void save_native(benchmark::State& state) {
  const auto file = out_dir / "io.kg.json";
  for (auto _ : state) kg::graph::save_native(*graph, file.string());
  set_bytes(state, file);
}

void write(benchmark::State& state, kg::exporter::Format format, const char* name) {
  const auto file = out_dir / name;
  for (auto _ : state) kg::exporter::write(*graph, file.string(), format);
  set_bytes(state, file);
}
void write_graphml(benchmark::State& state) { write(state, kg::exporter::Format::GraphML, "io.graphml"); }
void write_gexf(benchmark::State& state) { write(state, kg::exporter::Format::Gexf, "io.gexf"); }

BENCHMARK(load_native)->Name("io/load_native")->Unit(benchmark::kMillisecond);
BENCHMARK(save_native)->Name("io/save_native")->Unit(benchmark::kMillisecond);
BENCHMARK(write_graphml)->Name("io/write_graphml")->Unit(benchmark::kMillisecond);
BENCHMARK(write_gexf)->Name("io/write_gexf")->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 3) {
    std::cerr << "usage: graph_io_bench GRAPH.kg.json OUT_DIR [--benchmark_* options]\n";
    return 2;
  }
  input = argv[1];
  out_dir = argv[2];
  std::filesystem::create_directories(out_dir);
  graph = std::make_unique<kg::graph::KnowledgeGraph>(kg::graph::load_native(input));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
