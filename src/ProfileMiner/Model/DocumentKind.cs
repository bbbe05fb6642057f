namespace ProfileMiner.Model;

/// <summary>What sort of document a file is, detected from its title, headings, form fields and file name.</summary>
public enum DocumentKind
{
    /// <summary>Anything else (a news release, a web page of facts, a letter).</summary>
    Other,

    /// <summary>A (regional) council improvement profile, usually one section per council.</summary>
    ImprovementProfile,

    /// <summary>A report to a committee, cabinet or board that is not one of the kinds below (a decision, an update).</summary>
    CommitteeReport,

    /// <summary>A self-assessment or self-evaluation (CQC assurance, sector-led improvement).</summary>
    SelfAssessment,

    /// <summary>A strategy, vision, or a business, service, delivery or action plan.</summary>
    Strategy,

    /// <summary>A local account: the council's annual report of adult social care to its residents.</summary>
    LocalAccount,

    /// <summary>A performance report: KPIs, a quarterly or annual performance report or update, a scorecard.</summary>
    PerformanceReport,

    /// <summary>The minutes of a meeting.</summary>
    Minutes,

    /// <summary>A market position statement or market sustainability plan.</summary>
    MarketPositionStatement,

    /// <summary>A budget, finance monitoring, outturn or medium-term financial report.</summary>
    FinanceReport,

    /// <summary>A joint strategic needs assessment (or a chapter of one).</summary>
    Jsna,

    /// <summary>An equality, or data protection, impact assessment.</summary>
    ImpactAssessment,
}
