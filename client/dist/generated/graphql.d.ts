/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends {
    [key: string]: unknown;
}> = {
    [K in keyof T]: T[K];
};
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | {
    [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
};
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlertFilter = {
    /** startsAt at or after. */
    from?: string | null | undefined;
    ruleId?: string | number | null | undefined;
    severities?: Array<AlertSeverity> | null | undefined;
    states?: Array<AlertState> | null | undefined;
    /** startsAt before. */
    to?: string | null | undefined;
};
export type AlertSeverity = 'CRITICAL' | 'ERROR' | 'INFO' | 'WARNING';
export type AlertState = 'FIRING'
/** The condition holds, for less than the rule's `for`. */
 | 'PENDING' | 'RESOLVED';
export type ApiKeyStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED'
/** Refused (API_KEY_SUSPENDED) until `suspendedUntil`, by hand or by a threat's automatic response. */
 | 'SUSPENDED';
export type AuditEventFilter = {
    /** Action prefixes: `apiKey.` matches apiKey.create and apiKey.revoke. */
    actions?: Array<string> | null | undefined;
    /** Actor subjects (exact). */
    actors?: Array<string> | null | undefined;
    from?: string | null | undefined;
    minRisk?: number | null | undefined;
    outcome?: AuditOutcome | null | undefined;
    resourceId?: string | null | undefined;
    resourceType?: string | null | undefined;
    to?: string | null | undefined;
};
export type AuditFindingKind = 'CHECKPOINT_MISMATCH' | 'CHECKPOINT_SIGNATURE_INVALID' | 'DELETED' | 'INSERTED' | 'LINK_BROKEN' | 'MODIFIED' | 'REORDERED' | 'TRUNCATED';
export type AuditOutcome = 'FAILURE'
/** Some root fields of the operation succeeded, some failed. */
 | 'PARTIAL' | 'SUCCESS';
export type Comparison = 'EQUAL' | 'GREATER_OR_EQUAL' | 'GREATER_THAN' | 'LESS_OR_EQUAL' | 'LESS_THAN' | 'NOT_EQUAL';
export type CreateAlertRuleInput = {
    aggregation?: MetricAggregation | null | undefined;
    channels?: Array<string | number> | null | undefined;
    comparison: Comparison;
    description?: string | null | undefined;
    enabled?: boolean | null | undefined;
    for?: number | null | undefined;
    keepFiringFor?: number | null | undefined;
    labelFilter?: Array<LabelInput> | null | undefined;
    labels?: Array<LabelInput> | null | undefined;
    metric: string;
    name: string;
    severity?: AlertSeverity | null | undefined;
    summary?: string | null | undefined;
    threshold: number;
    window?: number | null | undefined;
};
export type CreateApiKeyInput = {
    /** Defaults to, and may not exceed, API_KEY_MAX_LIFETIME_DAYS from now. */
    expiresAt?: string | null | undefined;
    name: string;
    rateLimit?: RateLimitInput | null | undefined;
    /** A subset of the creator's own scopes. */
    scopes: Array<string>;
    /** Restrict the key to registered documents (docs/PARTNERS.md). Default false. */
    trustedDocumentsOnly?: boolean | null | undefined;
};
export type CreateExportInput = {
    destination?: ExportDestinationInput | null | undefined;
    format: ExportFormat;
    /** Required for DOCUMENT_PACKAGE. */
    packageId?: string | number | null | undefined;
    /** CUSTOM_QUERY parameters, and format options (`jsonLayout`: "lines" | "document"). */
    params?: unknown;
    /** Cypher for CUSTOM_QUERY: read-only, filtered on `$tenantId` (the caller's tenant, forced). */
    query?: string | null | undefined;
    type: ExportType;
};
export type CreateWebhookInput = {
    description?: string | null | undefined;
    eventTypes: Array<string>;
    /** Header name → value, at most 20; webhook-*, content-type, user-agent and hop-by-hop names are reserved. */
    headers?: unknown;
    rateLimitPerSecond?: number | null | undefined;
    /** Seconds before each retry; default 5, 300, 1800, 7200, 18000, 36000, 36000. */
    retrySchedule?: Array<number> | null | undefined;
    url: string;
};
export type ExportDestinationInput = {
    kind?: ExportDestinationKind;
    /**
     * S3 only: a folder inside the tenant's folder, at most 128 characters of `A-Z a-z 0-9 / _ . -`,
     * no `..`, no leading `/`.
     */
    prefix?: string | null | undefined;
};
export type ExportDestinationKind = 'EMAIL' | 'GCS'
/** A file under EXPORTS_DIR, downloaded through a signed, expiring URL. */
 | 'LOCAL'
/**
 * An object in EXPORTS_S3_BUCKET (any S3-compatible store), under the tenant's folder; downloaded
 * through the same signed URL. NOT_AVAILABLE until an operator sets EXPORTS_S3_BUCKET.
 */
 | 'S3' | 'SFTP';
export type ExportFormat = 
/** A zip of one CSV per node label and relationship type (per table for tabular exports). */
'CSV'
/** A replayable Cypher script: MERGE on unique ids, UNWIND batches, one statement per line. */
 | 'CYPHER'
/** One sheet per node label and relationship type; EXPORTS_EXCEL_MAX_ROWS rows per sheet. */
 | 'EXCEL' | 'GRAPHML'
/** JSON Lines by default; `params: { jsonLayout: "document" }` for one JSON document. */
 | 'JSON'
/** A zip of one Parquet file per node label and relationship type (per table). */
 | 'PARQUET' | 'PDF_REPORT' | 'XML';
export type ExportJobFilter = {
    /** Jobs created strictly after this instant. */
    createdAfter?: string | null | undefined;
    /** Jobs created strictly before this instant. */
    createdBefore?: string | null | undefined;
    format?: Array<ExportFormat> | null | undefined;
    /** Jobs exporting this package (DOCUMENT_PACKAGE). */
    packageId?: string | number | null | undefined;
    status?: Array<ExportStatus> | null | undefined;
    type?: Array<ExportType> | null | undefined;
};
export type ExportStatus = 'CANCELLED' | 'COMPLETED' | 'FAILED' | 'PROCESSING' | 'QUEUED';
export type ExportType = 
/** Summary tables: counts by label, relationship type, entity type, decision outcome. */
'ANALYTICS_REPORT'
/** Not available yet (NOT_AVAILABLE). */
 | 'AUDIT_LOG'
/** A read-only Cypher query (`query`, `params`); it must filter on `$tenantId`. */
 | 'CUSTOM_QUERY'
/** Decision trees with the guide sections they hang on. */
 | 'DECISION_TREES'
/** One package (packageId): its documents, sections, decision trees, entities and matrices. */
 | 'DOCUMENT_PACKAGE'
/** Entities and the RELATES_TO relationships between them. */
 | 'ENTITY_RELATIONSHIPS'
/** Every node and relationship of the tenant's knowledge graph. */
 | 'FULL_KNOWLEDGE_GRAPH'
/** LTV/FICO matrix rows with their package, as one table. */
 | 'MATRIX_DATA';
export type HealthStatus = 
/** Down: requests fail. */
'CRITICAL'
/** Working, but slow or short of a replica (docs/OBSERVABILITY.md thresholds). */
 | 'DEGRADED' | 'DOWN' | 'HEALTHY'
/** Failing in a way the platform survives (the cache). */
 | 'UNHEALTHY' | 'UP';
export type LabelInput = {
    name: string;
    value: string;
};
/** How a rule turns a metric's window into one number (docs/OBSERVABILITY.md). */
export type MetricAggregation = 'AVG' | 'MAX'
/** 95th percentile (histograms). */
 | 'P95'
/** Per second over the window (counters, histogram observations). */
 | 'RATE' | 'SUM';
export type PublishEventInput = {
    data: unknown;
    type: string;
};
export type RateLimitInput = {
    points: number;
    windowSeconds: number;
};
export type WebhookDeliveryStatus = 
/** Every scheduled attempt failed, the endpoint answered 410, or it was disabled or deleted. */
'FAILED'
/** Queued, in flight or waiting for a retry. */
 | 'PENDING' | 'SUCCEEDED';
export type WebhookStatus = 
/** Receives deliveries. */
'ACTIVE'
/** Receives nothing: 410 Gone, continuous failure past the window, or an operator. resumeWebhook re-enables. */
 | 'DISABLED'
/** Deliveries are created and held until resumeWebhook. */
 | 'PAUSED';
export type AuditEventsQueryVariables = Exact<{
    filter?: AuditEventFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
}>;
export type AuditEventsQuery = {
    auditEvents: {
        edges: Array<{
            node: {
                id: string;
                sequence: number;
                occurredAt: string;
                action: string;
                resourceType: string | null;
                resourceId: string | null;
                outcome: AuditOutcome;
                riskScore: number | null;
                actor: {
                    subject: string;
                };
            };
        }>;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
    };
};
export type VerifyAuditTrailQueryVariables = Exact<{
    [key: string]: never;
}>;
export type VerifyAuditTrailQuery = {
    verifyAuditTrail: {
        valid: boolean;
        checked: number;
        rootHash: string;
        findings: Array<{
            kind: AuditFindingKind;
            index: number | null;
            detail: string;
        }>;
    };
    auditCheckpoint: {
        treeSize: number;
        rootHash: string;
        note: string;
    } | null;
};
export type AuditEventsStreamSubscriptionVariables = Exact<{
    filter?: AuditEventFilter | null | undefined;
    since?: string | null | undefined;
}>;
export type AuditEventsStreamSubscription = {
    auditEvents: {
        cursor: string | null;
        id: string;
        sequence: number;
        occurredAt: string;
        action: string;
        resourceType: string | null;
        resourceId: string | null;
        outcome: AuditOutcome;
        riskScore: number | null;
        actor: {
            subject: string;
        };
    };
};
export type AuditEventFieldsFragment = {
    id: string;
    sequence: number;
    occurredAt: string;
    action: string;
    resourceType: string | null;
    resourceId: string | null;
    outcome: AuditOutcome;
    riskScore: number | null;
    actor: {
        subject: string;
    };
};
export type EventTypesQueryVariables = Exact<{
    [key: string]: never;
}>;
export type EventTypesQuery = {
    eventTypes: Array<{
        name: string;
        description: string;
    }>;
};
export type PublishEventMutationVariables = Exact<{
    input: PublishEventInput;
}>;
export type PublishEventMutation = {
    publishEvent: {
        id: string;
        type: string;
        cursor: string;
    };
};
export type EventsSubscriptionVariables = Exact<{
    types?: Array<string> | string | null | undefined;
    since?: string | null | undefined;
}>;
export type EventsSubscription = {
    events: {
        id: string;
        type: string;
        occurredAt: string;
        data: unknown;
        cursor: string;
    };
};
export type ExportJobsQueryVariables = Exact<{
    first?: number | null | undefined;
    after?: string | null | undefined;
    filter?: ExportJobFilter | null | undefined;
}>;
export type ExportJobsQuery = {
    exportJobs: {
        totalCount: number | null;
        edges: Array<{
            node: {
                id: string;
                type: ExportType;
                format: ExportFormat;
                status: ExportStatus;
                downloadUrl: string | null;
                fileSize: number | null;
                sha256: string | null;
                createdAt: string;
                completedAt: string | null;
                progress: {
                    processed: number;
                    total: number | null;
                    percent: number | null;
                };
                error: {
                    code: string;
                    message: string;
                } | null;
                package: {
                    packageId: string;
                    name: string;
                } | null;
            };
        }>;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
    };
};
export type ExportJobQueryVariables = Exact<{
    id: string | number;
}>;
export type ExportJobQuery = {
    exportJob: {
        id: string;
        type: ExportType;
        format: ExportFormat;
        status: ExportStatus;
        downloadUrl: string | null;
        fileSize: number | null;
        sha256: string | null;
        createdAt: string;
        completedAt: string | null;
        progress: {
            processed: number;
            total: number | null;
            percent: number | null;
        };
        error: {
            code: string;
            message: string;
        } | null;
        package: {
            packageId: string;
            name: string;
        } | null;
    } | null;
};
export type CreateExportMutationVariables = Exact<{
    input: CreateExportInput;
}>;
export type CreateExportMutation = {
    createExport: {
        id: string;
        type: ExportType;
        format: ExportFormat;
        status: ExportStatus;
        downloadUrl: string | null;
        fileSize: number | null;
        sha256: string | null;
        createdAt: string;
        completedAt: string | null;
        progress: {
            processed: number;
            total: number | null;
            percent: number | null;
        };
        error: {
            code: string;
            message: string;
        } | null;
        package: {
            packageId: string;
            name: string;
        } | null;
    };
};
export type CancelExportMutationVariables = Exact<{
    id: string | number;
}>;
export type CancelExportMutation = {
    cancelExport: {
        id: string;
        status: ExportStatus;
    };
};
export type ExportJobUpdatedSubscriptionVariables = Exact<{
    id: string | number;
}>;
export type ExportJobUpdatedSubscription = {
    exportJobUpdated: {
        id: string;
        type: ExportType;
        format: ExportFormat;
        status: ExportStatus;
        downloadUrl: string | null;
        fileSize: number | null;
        sha256: string | null;
        createdAt: string;
        completedAt: string | null;
        progress: {
            processed: number;
            total: number | null;
            percent: number | null;
        };
        error: {
            code: string;
            message: string;
        } | null;
        package: {
            packageId: string;
            name: string;
        } | null;
    };
};
export type ExportJobFieldsFragment = {
    id: string;
    type: ExportType;
    format: ExportFormat;
    status: ExportStatus;
    downloadUrl: string | null;
    fileSize: number | null;
    sha256: string | null;
    createdAt: string;
    completedAt: string | null;
    progress: {
        processed: number;
        total: number | null;
        percent: number | null;
    };
    error: {
        code: string;
        message: string;
    } | null;
    package: {
        packageId: string;
        name: string;
    } | null;
};
export type MeQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MeQuery = {
    me: {
        subject: string;
        tenantId: string;
        scopes: Array<string> | null;
    };
};
export type PackagesQueryVariables = Exact<{
    limit?: number | null | undefined;
    offset?: number | null | undefined;
}>;
export type PackagesQuery = {
    documentPackages: Array<{
        packageId: string;
        name: string;
        status: string | null;
        loanProgram: string | null;
        documents: Array<{
            documentId: string;
            title: string;
            documentType: string | null;
            pageCount: number | null;
        }>;
    }>;
};
export type DocumentQueryVariables = Exact<{
    documentId: string | number;
}>;
export type DocumentQuery = {
    documents: Array<{
        documentId: string;
        title: string;
        documentType: string | null;
        source: string | null;
        pageCount: number | null;
        status: string | null;
        entities: Array<{
            enhancedEntityId: string;
            name: string;
            entityType: string | null;
        }>;
    }>;
};
export type SearchDocumentsQueryVariables = Exact<{
    phrase: string;
    first?: number | null | undefined;
}>;
export type SearchDocumentsQuery = {
    documentsByTitle: {
        edges: Array<{
            score: number;
            node: {
                documentId: string;
                title: string;
                documentType: string | null;
            };
        }>;
    };
};
export type PlatformHealthQueryVariables = Exact<{
    [key: string]: never;
}>;
export type PlatformHealthQuery = {
    platformHealth: {
        status: HealthStatus;
        checkedAt: string;
        components: Array<{
            name: string;
            status: HealthStatus;
            observedValue: number | null;
            reason: string;
            since: string;
        }>;
    };
};
export type AlertRulesQueryVariables = Exact<{
    [key: string]: never;
}>;
export type AlertRulesQuery = {
    alertRules: Array<{
        id: string;
        name: string;
        metric: string;
        comparison: Comparison;
        threshold: number;
        enabled: boolean;
        createdAt: string;
    }>;
};
export type CreateAlertRuleMutationVariables = Exact<{
    input: CreateAlertRuleInput;
}>;
export type CreateAlertRuleMutation = {
    createAlertRule: {
        id: string;
        name: string;
        metric: string;
        comparison: Comparison;
        threshold: number;
        enabled: boolean;
        createdAt: string;
    };
};
export type DeleteAlertRuleMutationVariables = Exact<{
    id: string | number;
}>;
export type DeleteAlertRuleMutation = {
    deleteAlertRule: boolean;
};
export type AlertRuleFieldsFragment = {
    id: string;
    name: string;
    metric: string;
    comparison: Comparison;
    threshold: number;
    enabled: boolean;
    createdAt: string;
};
export type AlertsQueryVariables = Exact<{
    filter?: AlertFilter | null | undefined;
    first?: number | null | undefined;
    after?: string | null | undefined;
}>;
export type AlertsQuery = {
    alerts: {
        edges: Array<{
            node: {
                id: string;
                fingerprint: string;
                state: AlertState;
                severity: AlertSeverity;
                summary: string;
                value: number | null;
                startsAt: string;
                endsAt: string | null;
                acknowledgedAt: string | null;
                silenced: boolean;
                labels: Array<{
                    name: string;
                    value: string;
                }>;
            };
        }>;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
    };
};
export type AcknowledgeAlertMutationVariables = Exact<{
    id: string | number;
    note?: string | null | undefined;
}>;
export type AcknowledgeAlertMutation = {
    acknowledgeAlert: {
        id: string;
        fingerprint: string;
        state: AlertState;
        severity: AlertSeverity;
        summary: string;
        value: number | null;
        startsAt: string;
        endsAt: string | null;
        acknowledgedAt: string | null;
        silenced: boolean;
        labels: Array<{
            name: string;
            value: string;
        }>;
    };
};
export type AlertsStreamSubscriptionVariables = Exact<{
    minSeverity?: AlertSeverity | null | undefined;
    since?: string | null | undefined;
}>;
export type AlertsStreamSubscription = {
    alerts: {
        cursor: string | null;
        id: string;
        fingerprint: string;
        state: AlertState;
        severity: AlertSeverity;
        summary: string;
        value: number | null;
        startsAt: string;
        endsAt: string | null;
        acknowledgedAt: string | null;
        silenced: boolean;
        labels: Array<{
            name: string;
            value: string;
        }>;
    };
};
export type HealthChangedSubscriptionVariables = Exact<{
    components?: Array<string> | string | null | undefined;
    since?: string | null | undefined;
}>;
export type HealthChangedSubscription = {
    healthChanged: {
        component: string;
        status: HealthStatus;
        previousStatus: HealthStatus | null;
        reason: string;
        at: string;
        cursor: string | null;
    };
};
export type AlertFieldsFragment = {
    id: string;
    fingerprint: string;
    state: AlertState;
    severity: AlertSeverity;
    summary: string;
    value: number | null;
    startsAt: string;
    endsAt: string | null;
    acknowledgedAt: string | null;
    silenced: boolean;
    labels: Array<{
        name: string;
        value: string;
    }>;
};
export type ApiKeysQueryVariables = Exact<{
    [key: string]: never;
}>;
export type ApiKeysQuery = {
    apiKeys: Array<{
        id: string;
        name: string;
        prefix: string;
        scopes: Array<string>;
        status: ApiKeyStatus;
        expiresAt: string | null;
        lastUsedAt: string | null;
        trustedDocumentsOnly: boolean;
    }>;
};
export type CreateApiKeyMutationVariables = Exact<{
    input: CreateApiKeyInput;
}>;
export type CreateApiKeyMutation = {
    createApiKey: {
        secret: string;
        apiKey: {
            id: string;
            name: string;
            prefix: string;
            scopes: Array<string>;
            status: ApiKeyStatus;
            expiresAt: string | null;
            lastUsedAt: string | null;
            trustedDocumentsOnly: boolean;
        };
    };
};
export type RevokeApiKeyMutationVariables = Exact<{
    id: string | number;
}>;
export type RevokeApiKeyMutation = {
    revokeApiKey: {
        id: string;
        status: ApiKeyStatus;
    };
};
export type ApiKeyFieldsFragment = {
    id: string;
    name: string;
    prefix: string;
    scopes: Array<string>;
    status: ApiKeyStatus;
    expiresAt: string | null;
    lastUsedAt: string | null;
    trustedDocumentsOnly: boolean;
};
export type WebhooksQueryVariables = Exact<{
    [key: string]: never;
}>;
export type WebhooksQuery = {
    webhooks: Array<{
        id: string;
        url: string;
        eventTypes: Array<string>;
        description: string | null;
        status: WebhookStatus;
        statusReason: string | null;
    }>;
};
export type CreateWebhookMutationVariables = Exact<{
    input: CreateWebhookInput;
}>;
export type CreateWebhookMutation = {
    createWebhook: {
        signingSecret: string;
        webhook: {
            id: string;
            url: string;
            eventTypes: Array<string>;
            description: string | null;
            status: WebhookStatus;
            statusReason: string | null;
        };
    };
};
export type DeleteWebhookMutationVariables = Exact<{
    id: string | number;
}>;
export type DeleteWebhookMutation = {
    deleteWebhook: boolean;
};
export type RotateWebhookSecretMutationVariables = Exact<{
    id: string | number;
}>;
export type RotateWebhookSecretMutation = {
    rotateWebhookSecret: {
        signingSecret: string;
    };
};
export type SendTestEventMutationVariables = Exact<{
    webhookId: string | number;
}>;
export type SendTestEventMutation = {
    sendTestEvent: {
        deliveryId: string;
        event: {
            id: string;
        };
    };
};
export type ReplayWebhookDeliveryMutationVariables = Exact<{
    deliveryId: string | number;
}>;
export type ReplayWebhookDeliveryMutation = {
    replayWebhookDelivery: {
        id: string;
        status: WebhookDeliveryStatus;
    };
};
export type WebhookDeliveryUpdatedSubscriptionVariables = Exact<{
    webhookId?: string | number | null | undefined;
}>;
export type WebhookDeliveryUpdatedSubscription = {
    webhookDeliveryUpdated: {
        delivery: {
            id: string;
            status: WebhookDeliveryStatus;
            eventType: string;
        };
    };
};
export type WebhookFieldsFragment = {
    id: string;
    url: string;
    eventTypes: Array<string>;
    description: string | null;
    status: WebhookStatus;
    statusReason: string | null;
};
export declare const AuditEventFieldsFragmentDoc: DocumentNode<AuditEventFieldsFragment, unknown>;
export declare const ExportJobFieldsFragmentDoc: DocumentNode<ExportJobFieldsFragment, unknown>;
export declare const AlertRuleFieldsFragmentDoc: DocumentNode<AlertRuleFieldsFragment, unknown>;
export declare const AlertFieldsFragmentDoc: DocumentNode<AlertFieldsFragment, unknown>;
export declare const ApiKeyFieldsFragmentDoc: DocumentNode<ApiKeyFieldsFragment, unknown>;
export declare const WebhookFieldsFragmentDoc: DocumentNode<WebhookFieldsFragment, unknown>;
export declare const AuditEventsDocument: DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export declare const VerifyAuditTrailDocument: DocumentNode<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;
export declare const AuditEventsStreamDocument: DocumentNode<AuditEventsStreamSubscription, AuditEventsStreamSubscriptionVariables>;
export declare const EventTypesDocument: DocumentNode<EventTypesQuery, EventTypesQueryVariables>;
export declare const PublishEventDocument: DocumentNode<PublishEventMutation, PublishEventMutationVariables>;
export declare const EventsDocument: DocumentNode<EventsSubscription, EventsSubscriptionVariables>;
export declare const ExportJobsDocument: DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export declare const ExportJobDocument: DocumentNode<ExportJobQuery, ExportJobQueryVariables>;
export declare const CreateExportDocument: DocumentNode<CreateExportMutation, CreateExportMutationVariables>;
export declare const CancelExportDocument: DocumentNode<CancelExportMutation, CancelExportMutationVariables>;
export declare const ExportJobUpdatedDocument: DocumentNode<ExportJobUpdatedSubscription, ExportJobUpdatedSubscriptionVariables>;
export declare const MeDocument: DocumentNode<MeQuery, MeQueryVariables>;
export declare const PackagesDocument: DocumentNode<PackagesQuery, PackagesQueryVariables>;
export declare const DocumentDocument: DocumentNode<DocumentQuery, DocumentQueryVariables>;
export declare const SearchDocumentsDocument: DocumentNode<SearchDocumentsQuery, SearchDocumentsQueryVariables>;
export declare const PlatformHealthDocument: DocumentNode<PlatformHealthQuery, PlatformHealthQueryVariables>;
export declare const AlertRulesDocument: DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export declare const CreateAlertRuleDocument: DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export declare const DeleteAlertRuleDocument: DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export declare const AlertsDocument: DocumentNode<AlertsQuery, AlertsQueryVariables>;
export declare const AcknowledgeAlertDocument: DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export declare const AlertsStreamDocument: DocumentNode<AlertsStreamSubscription, AlertsStreamSubscriptionVariables>;
export declare const HealthChangedDocument: DocumentNode<HealthChangedSubscription, HealthChangedSubscriptionVariables>;
export declare const ApiKeysDocument: DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export declare const CreateApiKeyDocument: DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export declare const RevokeApiKeyDocument: DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export declare const WebhooksDocument: DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export declare const CreateWebhookDocument: DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export declare const DeleteWebhookDocument: DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export declare const RotateWebhookSecretDocument: DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export declare const SendTestEventDocument: DocumentNode<SendTestEventMutation, SendTestEventMutationVariables>;
export declare const ReplayWebhookDeliveryDocument: DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export declare const WebhookDeliveryUpdatedDocument: DocumentNode<WebhookDeliveryUpdatedSubscription, WebhookDeliveryUpdatedSubscriptionVariables>;
export {};
//# sourceMappingURL=graphql.d.ts.map