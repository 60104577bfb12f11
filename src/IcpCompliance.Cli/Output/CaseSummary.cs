using System.IO;
using System.Linq;
using IcpCompliance.Workflow;

namespace IcpCompliance.Cli.Output;

/// <summary>Writes who a case is for, what it files, its state and its numbers.</summary>
internal static class CaseSummary
{
    internal static void Write(FilingCase filingCase, TextWriter output)
    {
        var table = new PartsTable(output);
        var application = filingCase.Application;
        table.Row("subject", TerminalText.Quote(application.Subject.Name) + " (" + application.Subject.EntityType.ChineseName + ", " + application.Province.ChineseName + ")");
        table.Row("services", TerminalText.Line(string.Join("; ", application.Services.Select(s => TerminalText.Quote(s.Name) + " (" + s.Kind + ")")), TerminalText.MaxMessage));
        table.Row("operation", application.Operation.Name + " (" + application.Operation.ChineseName + ")");
        table.Row("state", filingCase.State.Name + " (" + filingCase.State.ChineseName + ")");
        if (filingCase.SubjectNumber is { } subject)
        {
            table.Row("icp number", string.Join(", ", filingCase.ServiceNumbers.Select(n => n.ToString()).DefaultIfEmpty(subject.ToString())));
        }

        if (filingCase.PsbNumber is { } psb)
        {
            table.Row("psb number", psb.ToString());
        }

        if (filingCase.LicenseNumber is { } license)
        {
            table.Row("license", license.ToString());
        }
    }
}
