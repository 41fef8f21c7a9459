// Stands in for Payload's own Publish and Unpublish buttons on reviewed content: only the
// workflow publishes or withdraws (the server refuses anything else), so the admin points there.
import React from 'react'

export const PublishThroughWorkflow: React.FC = () => (
  <span style={{ fontSize: 12, color: 'var(--theme-elevation-500)', alignSelf: 'center' }} title="Publish and withdraw in the review panel">
    发布与撤回请在“审核流程”面板中操作
  </span>
)

export const NoUnpublishButton: React.FC = () => null
