using BenchmarkDotNet.Running;
using ConflictTracker.Benchmarks.Ingestion;

// `dotnet run -c Release --project tests/ConflictTracker.Benchmarks -- ingest [--count N] [--runs R]` runs the ingestion
// throughput benchmark; any other arguments go to the BenchmarkDotNet suites.
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestBenchmarkCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
