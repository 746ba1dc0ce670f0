using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/ConflictTracker.Benchmarks -- [BenchmarkDotNet args]` runs the BenchmarkDotNet suites.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
