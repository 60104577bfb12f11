using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>One number placed in a page through a chain of constructs, innermost first.</summary>
internal sealed record Placement(string Number, ImmutableArray<Construct> Constructs)
{
    internal string Describe() => Number + " in " + string.Join(" in ", Constructs.Select(c => c.Name));
}

/// <summary>
/// A generated page: each placement in a <c>div</c> of its own (so that two numbers never run together), constructs
/// that belong in the head (a <c>title</c>) in the head. Declares UTF-8.
/// </summary>
internal sealed record OraclePage(ImmutableArray<Placement> Placements)
{
    internal string Html
    {
        get
        {
            var head = new StringBuilder();
            var body = new StringBuilder();
            foreach (Placement placement in Placements)
            {
                string html = placement.Number;
                foreach (Construct construct in placement.Constructs)
                {
                    html = construct.Wrap(html);
                }

                if (placement.Constructs.Length > 0 && placement.Constructs[^1].InHead)
                {
                    head.Append(html).Append('\n');
                }
                else
                {
                    body.Append("<div>").Append(html).Append("</div>\n");
                }
            }

            return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n" + head + "</head><body>\n" + body + "</body></html>\n";
        }
    }

    /// <summary>The distinct numbers the generated pages use: website, subject, license-service and PSB numbers,
    /// none a prefix of another.</summary>
    internal static string NumberFor(int index) => (index % 4) switch
    {
        0 => "京ICP备" + (10000000 + index) + "号-" + (1 + (index % 7)),
        1 => "沪ICP备" + (2021000000 + index) + "号",
        2 => "粤B2-2009" + (1000 + index) + "-" + (1 + (index % 5)),
        _ => "京公网安备" + (11010802000000L + index) + "号",
    };

    /// <summary>A page of one to three placements, each the number with one optional splitter inside one or two
    /// containers, drawn from the seed.</summary>
    internal static OraclePage Generate(Random random, int first)
    {
        Construct[] splitters = [.. Construct.All.Where(c => c.Splits)];
        Construct[] containers = [.. Construct.All.Where(c => !c.Splits && !c.InHead)];
        Construct[] heads = [.. Construct.All.Where(c => c.InHead)];
        var placements = new List<Placement>();
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            var chain = new List<Construct>();
            if (random.Next(2) == 0)
            {
                chain.Add(splitters[random.Next(splitters.Length)]);
            }

            int depth = random.Next(1, 3);
            for (int d = 0; d < depth; d++)
            {
                chain.Add(containers[random.Next(containers.Length)]);
            }

            if (random.Next(10) == 0)
            {
                chain.Add(heads[random.Next(heads.Length)]);
            }

            placements.Add(new Placement(NumberFor(first + i), [.. chain]));
        }

        return new OraclePage([.. placements]);
    }
}
