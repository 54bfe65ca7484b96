using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Epub;
using Epub.Model;
using Epub.Writers;

if (args is ["growth", ..]) return LinearGrowth.Run(args.Length > 1 ? args[1] : null);
BenchmarkSwitcher.FromAssembly(typeof(ConversionBenchmarks).Assembly).Run(args);
return 0;

/// <summary>
/// The conversion of the bundled review, stage by stage: reading (decode, split, passes),
/// writing the XHTML and package documents, zipping. Run:
/// dotnet run -c Release --project tests/Epub.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private byte[] _input = [];
    private Document _document = null!;
    private List<(string Path, byte[] Content)> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Epub.sln"))) root = Path.GetDirectoryName(root)!;
        _input = File.ReadAllBytes(Path.Combine(root, "src", "Epub.Cli", "samples", "000_ef3b7d9f5c3841a5.txt"));
        _document = Read();
        _files = Pipeline.Build(_document, new ConvertOptions()).Files.ToList();
    }

    [Benchmark]
    public Document Read() => Pipeline.Default.Read(_input, "000_ef3b7d9f5c3841a5.txt", new ConvertOptions(), new Epub.Diagnostics("bench"));

    /// <summary>The book's files, made one by one as the zip asks for them (here: all, without zipping).</summary>
    [Benchmark]
    public long Build() => Pipeline.Build(_document, new ConvertOptions()).Files.Sum(f => (long)f.Content.Length);

    [Benchmark]
    public long Zip()
    {
        using var stream = new MemoryStream();
        EpubWriter.Write(new Book(_files), stream, ConvertOptions.DefaultModified);
        return stream.Length;
    }

    [Benchmark(Baseline = true)]
    public long Whole()
    {
        using var stream = new MemoryStream();
        EpubWriter.Write(Pipeline.Build(Read(), new ConvertOptions()), stream, ConvertOptions.DefaultModified);
        return stream.Length;
    }
}
