using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ImageContracts.Benchmarks;

// In-process toolchain: no generated project to build (the repository treats warnings as errors), same process as
// the loopback server. "--quick" runs fewer iterations.
bool quick = args.Contains("--quick");
string[] rest = args.Where(a => a != "--quick").ToArray();
Job job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
if (quick)
{
    job = job.WithWarmupCount(2).WithIterationCount(8);
}

IConfig config = DefaultConfig.Instance.AddJob(job.AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(ClientBenchmarks).Assembly).Run(rest.Length == 0 ? new[] { "--filter", "*" } : rest, config);
