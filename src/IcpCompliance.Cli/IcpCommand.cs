using System.CommandLine;
using IcpCompliance.Cli.Commands;

namespace IcpCompliance.Cli;

/// <summary>The root of the <c>icp</c> tool: each subcommand is a thin front end over the library.</summary>
internal static class IcpCommand
{
    internal static RootCommand Create()
    {
        var root = new RootCommand("icp: China ICP filing compliance as code (ICP备案, 经营许可证, 公网安备).");
        root.Add(ParseCommand.Create());
        root.Add(FooterCommand.Create());
        root.Add(InspectCommand.Create());
        return root;
    }
}
