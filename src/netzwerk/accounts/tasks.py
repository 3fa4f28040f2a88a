from huey.contrib.djhuey import db_task

from .models import Invitation


@db_task(retries=3, retry_delay=120)
def send_invitation_email(invitation_id: int) -> None:
    invitation = Invitation.objects.select_related("network", "invited_by").filter(pk=invitation_id).first()
    # Revoked or replaced before the worker got to it: the link would not work, so send nothing.
    if invitation is None or not invitation.is_pending:
        return
    from .emails import send_invitation

    send_invitation(invitation)
