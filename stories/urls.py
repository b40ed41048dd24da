from django.urls import path

from .views import pages, story

app_name = "stories"

urlpatterns = [
    path("", pages.story_list, name="index"),
    path("stories/<slug:slug>/", story.story_detail, name="story"),
    path("stories/<slug:slug>/timeline/", story.story_timeline, name="timeline"),
    path("stories/<slug:slug>/map-data.json", story.story_map_data, name="map_data"),
    path("stories/<slug:slug>/places/<int:place_id>/", story.place_detail, name="place"),
]
