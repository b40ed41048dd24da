"""`manage.py create_editor NAME`: a staff account in the Editors group, password asked for."""

import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.editors import EDITORS


class Command(BaseCommand):
    help = "Create (or promote) an editor: a staff user in the Editors group."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--email", default="")

    def handle(self, *args, username: str, email: str, **options):
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": email, "is_staff": True}
        )
        if created:
            user.set_password(self._ask_password(user))
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name=EDITORS))
        verb = "created" if created else "is now"
        self.stdout.write(f"{username} {verb} an editor; log in at /admin/")

    def _ask_password(self, user) -> str:
        for _ in range(3):
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The passwords differ.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write(" ".join(error.messages))
                continue
            return password
        raise CommandError("no acceptable password given")
