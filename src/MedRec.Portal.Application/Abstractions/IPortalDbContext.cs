using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.FactSheets;
using MedRec.Portal.Domain.Announcements;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Domain.Audit;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Domain.Terms;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// The database as use cases see it: one unit of work, created per operation by
/// <see cref="IPortalDbContextFactory"/>. Gold datasets are deliberately absent: only
/// <see cref="IGoldDatasetStore"/> (organiser and scoring paths) reaches them.
/// </summary>
public interface IPortalDbContext : IAsyncDisposable, IDisposable
{
    DbSet<CompetitionTask> Tasks { get; }

    DbSet<Phase> Phases { get; }

    DbSet<Team> Teams { get; }

    DbSet<TeamMember> TeamMembers { get; }

    DbSet<TeamInvitation> TeamInvitations { get; }

    DbSet<TeamRegistration> Registrations { get; }

    /// <summary>Each task's published data-use terms, one row per version (never edited).</summary>
    DbSet<TermsVersion> TermsVersions { get; }

    /// <summary>Who accepted which terms version of which task, and when.</summary>
    DbSet<TermsAcceptance> TermsAcceptances { get; }

    DbSet<Dataset> Datasets { get; }

    DbSet<DatasetContent> DatasetContents { get; }

    DbSet<AuditEvent> AuditEvents { get; }

    DbSet<Submission> Submissions { get; }

    DbSet<SubmissionContent> SubmissionContents { get; }

    DbSet<QuotaSlot> QuotaSlots { get; }

    DbSet<QuotaLedgerEntry> QuotaLedger { get; }

    DbSet<PhaseBoard> PhaseBoards { get; }

    DbSet<BoardSnapshot> BoardSnapshots { get; }

    DbSet<BoardSnapshotRow> BoardSnapshotRows { get; }

    DbSet<BoardModeration> BoardModerations { get; }

    /// <summary>What each merge of two teams moved (docs/decisions/011-team-merge.md), read to undo it.</summary>
    DbSet<TeamMerge> TeamMerges { get; }

    /// <summary>The submissions each merge moved: a source team's moderation follows them (boards read these).</summary>
    DbSet<TeamMergeSubmission> TeamMergeSubmissions { get; }

    DbSet<BaselineEntry> Baselines { get; }

    DbSet<BaselineModel> BaselineModels { get; }

    DbSet<BaselineModelContent> BaselineModelContents { get; }

    DbSet<BaselineRun> BaselineRuns { get; }

    /// <summary>Personal API tokens (hashes only; the secrets are never stored).</summary>
    DbSet<ApiToken> ApiTokens { get; }

    /// <summary>Results analyses of board snapshots: the job rows and the cached reports.</summary>
    DbSet<BoardAnalysis> BoardAnalyses { get; }

    /// <summary>Each phase's fact-sheet definition (fields, PDF limit, deadline).</summary>
    DbSet<FactSheetForm> FactSheetForms { get; }

    /// <summary>Teams' fact sheets.</summary>
    DbSet<FactSheet> FactSheets { get; }

    /// <summary>The e-mail outbox (docs/email.md): queued by use cases through <see cref="IEmailOutbox"/>, sent by its worker.</summary>
    DbSet<OutboxEmail> OutboxEmails { get; }

    /// <summary>Which notification kinds each user chose not to receive.</summary>
    DbSet<NotificationOptOut> NotificationOptOuts { get; }

    /// <summary>Phase opening/closing reminders already sent (one row each: sent once).</summary>
    DbSet<PhaseReminder> PhaseReminders { get; }

    DbSet<Announcement> Announcements { get; }

    /// <summary>The accounts, read-only, as a composable query (filter, join, page in the database).</summary>
    IQueryable<UserSummary> UserSummaries { get; }

    /// <summary>For the rare use case that needs two saves in one transaction (a bundle import: the task and its candidate list refer to each other).</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    /// <summary>
    /// Saves the unit of work. Throws <see cref="DbUpdateConcurrencyException"/> when a versioned row changed
    /// meanwhile; use <see cref="PortalDbContextExtensions.TrySaveAsync"/> to get that as a result.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
