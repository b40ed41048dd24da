from django.urls import path

from .views import pages

app_name = "stories"

urlpatterns = [
    path("", pages.story_list, name="index"),
    path("stories/<slug:slug>/", pages.story_detail, name="story"),
]
