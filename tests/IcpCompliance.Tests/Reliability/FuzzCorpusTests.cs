using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IcpCompliance.Fuzz;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Reliability;

/// <summary>
/// Replays every file of the fuzz harness's seed corpus (tests/IcpCompliance.Fuzz/corpus) and regression corpus
/// (tests/IcpCompliance.Fuzz/regressions) through every fuzz target's invariant checks, so that an input a fuzzer
/// once broke stays fixed and every target's invariants hold on real-world numbers and pages on every change.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly string FuzzFolder = RepositoryFiles.PathOf("tests", "IcpCompliance.Fuzz");

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Keys];

    private static IEnumerable<string> CorpusFiles(string folder)
    {
        string root = Path.Combine(FuzzFolder, folder);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [];
    }

    [Fact]
    public void Every_target_has_a_seed_corpus_and_every_corpus_folder_names_a_target()
    {
        foreach (string target in FuzzTargets.All.Keys)
        {
            string seeds = Path.Combine(FuzzFolder, "corpus", target);
            Assert.True(Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any(), "no seed corpus for " + target);
        }

        foreach (string folder in new[] { "corpus", "regressions" }.Select(f => Path.Combine(FuzzFolder, f)).Where(Directory.Exists))
        {
            foreach (string dir in Directory.EnumerateDirectories(folder))
            {
                Assert.Contains(Path.GetFileName(dir), FuzzTargets.All.Keys);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_corpus_file_keeps_the_targets_invariants(string target)
    {
        Action<string> check = FuzzTargets.All[target];
        var files = CorpusFiles("corpus").Concat(CorpusFiles("regressions")).ToList();
        Assert.True(files.Count > 100, $"only {files.Count} corpus files found under {FuzzFolder}");
        var failures = new List<string>();
        foreach (string file in files)
        {
            try
            {
                check(FuzzTargets.Decode(File.ReadAllBytes(file)));
            }
#pragma warning disable CA1031 // Every failure of every file is reported at once.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"{Path.GetRelativePath(FuzzFolder, file)}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_invariant_checks_catch_a_broken_invariant()
    {
        // A JSON text that is not an application is no failure; a null one is a programmer error the target lets
        // through, which shows that the checks do not swallow every exception.
        FuzzTargets.All["json"]("{");
        Assert.Throws<ArgumentNullException>(() => FuzzTargets.All["json"](null!));
    }

    [Fact]
    public void Fuzzer_bytes_after_0xFF_are_read_as_utf16_so_lone_surrogates_are_reached()
    {
        Assert.Equal("\uD800A", FuzzTargets.Decode([0xFF, 0x00, 0xD8, 0x41, 0x00]));
        Assert.Equal("京", FuzzTargets.Decode("京"u8));
    }
}
