using System.IO;
using System.Linq;
using IcpCompliance.Cli;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Cli;

public sealed class CliDocsTests
{
    [Fact]
    public void Docs_describe_every_command_and_every_option()
    {
        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "cli.md"));
        var root = IcpCommand.Create();

        Assert.NotEmpty(root.Subcommands);
        foreach (var command in root.Subcommands)
        {
            Assert.Contains("## icp " + command.Name + "\n", docs, System.StringComparison.Ordinal);
            foreach (var option in command.Options.Where(o => !o.Name.StartsWith("-h", System.StringComparison.Ordinal) && o.Name != "--help" && o.Name != "-?"))
            {
                Assert.Contains(option.Name, docs, System.StringComparison.Ordinal);
            }
        }
    }
}
