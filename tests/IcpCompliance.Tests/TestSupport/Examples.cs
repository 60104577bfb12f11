namespace IcpCompliance.Tests.TestSupport;

/// <summary>Real-world strings kept in one place, each with where it was seen (see shared domain facts §1, §7, §9).</summary>
internal static class Examples
{
    /// <summary>Hostile strings every parser must refuse without throwing.</summary>
    internal static readonly string?[] Hostile =
    [
        null, "", " ", "\0", "\u0000京ICP备12345678号", "京\0ICP备12345678号", "\uD800", "京ICP备\uDC00", "\uD83D\uDE00",
        new string('9', 1_000_000), "京" + new string(' ', 100_000), "京ICP备" + new string('1', 100_000) + "号",
        "ＩＣＰ", "萌ICP备20230001号", "京ICP备-1", "京ICP备12345678号-", "京ICP备12345678号-0", "京ICP备12345678号-1Z",
        "京公网安备", "京公网安备1101080201234５号", "\u202E京ICP备12345678号", "京ICP备12345678号\r\n<script>",
    ];
}
