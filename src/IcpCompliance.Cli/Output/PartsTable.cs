using System.IO;
using IcpCompliance.Regions;

namespace IcpCompliance.Cli.Output;

/// <summary>Writes "name: value" rows aligned on the colon.</summary>
internal sealed class PartsTable(TextWriter output)
{
    private const int NameWidth = 11;

    internal void Row(string name, string value) => output.WriteLine((name + ":").PadRight(NameWidth + 1) + value);

    internal void Province(Province province, char written)
        => Row("province", DisplayWidth.Invariant($"{province.ShortChineseName} {province.EnglishName} (code {province.Code}, written {written})"));
}
